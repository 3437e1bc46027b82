import type { Provider } from '../contract.js';
import { deployCloudRun } from './deploy.js';
import { cloudRunInputs, type CloudRunRollback, type CloudRunTarget } from './inputs.js';
import { cloudRunRollback } from './rollback.js';

/**
 * Google Cloud Run through gcloud: deploys an image as a new revision, rolls back by routing all
 * traffic to an older one.
 */
export const cloudRun: Provider<CloudRunTarget, CloudRunRollback> = {
  name: 'cloud-run',
  ...cloudRunInputs,
  deploy: deployCloudRun,
  ...cloudRunRollback,
};
