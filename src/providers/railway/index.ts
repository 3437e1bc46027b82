import type { Provider } from '../contract.js';
import { deployRailway } from './deploy.js';
import { railwayInputs, type RailwayRollback, type RailwayTarget } from './inputs.js';
import { railwayRollback } from './rollback.js';

/**
 * Railway: deploys with the Railway CLI (`railway up`) and follows the deployment, rolls back
 * through the GraphQL API.
 */
export const railway: Provider<RailwayTarget, RailwayRollback> = {
  name: 'railway',
  ...railwayInputs,
  deploy: deployRailway,
  ...railwayRollback,
};
