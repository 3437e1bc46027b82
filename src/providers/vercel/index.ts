import type { Provider } from '../contract.js';
import { deployVercel } from './deploy.js';
import { vercelInputs, type VercelRollback, type VercelTarget } from './inputs.js';
import { vercelRollback } from './rollback.js';

/** Vercel: deploys with the Vercel CLI, rolls production back through the REST API. */
export const vercel: Provider<VercelTarget, VercelRollback> = {
  name: 'vercel',
  ...vercelInputs,
  deploy: deployVercel,
  ...vercelRollback,
};
