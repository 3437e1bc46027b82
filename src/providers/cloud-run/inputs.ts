import { type Inputs, invalidValue, optionalMatching } from '../../lib/inputs.js';
import type { ProviderInputs, RollbackCommon } from '../contract.js';
import { type CloudRunService, PROJECT_ID, REGION, REVISION, SERVICE_NAME, TAG } from './gcloud.js';

/** Cloud Run's inputs, read the same way for actions/deploy and health-check's rollback; its fields, declared once. */

/** A service and the credential that reaches it. */
export interface CloudRunAccess extends CloudRunService {
  /** A service-account key or external-account JSON, or an OAuth access token. */
  credential: string;
}

export interface CloudRunTarget extends CloudRunAccess {
  provider: 'cloud-run';
  image: string;
  noTraffic: boolean;
  tag?: string | undefined;
}

/**
 * `rollback: cloud-run`: the target is `rollback-to` (a revision, such as the deploy action's
 * previous-deployment-id) or the newest ready revision older than the one serving.
 */
export interface CloudRunRollback extends CloudRunAccess, RollbackCommon {
  provider: 'cloud-run';
}

/** `service`, `region` and `project` of a Cloud Run service, checked before they reach gcloud's argv. */
export function readCloudRunService(inputs: Inputs): CloudRunService {
  const service = inputs.required('service', 'the Cloud Run service name');
  if (!SERVICE_NAME.test(service))
    throw invalidValue(
      'service',
      service,
      'a Cloud Run service name is lowercase letters, digits and hyphens, starting with a letter',
    );
  const region = inputs.required('region', 'the Cloud Run region, e.g. us-central1');
  if (!REGION.test(region))
    throw invalidValue('region', region, 'expected a region such as us-central1 or europe-west4');
  return {
    service,
    region,
    project: optionalMatching(
      inputs,
      'project',
      PROJECT_ID,
      'expected a Google Cloud project id such as my-project-123',
    ),
  };
}

/** Cloud Run's inputs for both steps. */
export const cloudRunInputs: ProviderInputs<CloudRunTarget, CloudRunRollback> = {
  deployGate: () => ({ input: 'token', secretName: 'GCP_CREDENTIALS', what: 'the Cloud Run deploy' }),
  readDeployTarget(inputs, given) {
    const service = readCloudRunService(inputs);
    const image = inputs.required('image', 'the container image to deploy');
    if (image.startsWith('-') || /\s/.test(image))
      throw invalidValue('image', image, 'expected an image reference such as us-docker.pkg.dev/project/repo/app:tag');
    const noTraffic = inputs.boolean('no-traffic', false);
    const tag = optionalMatching(
      inputs,
      'tag',
      TAG,
      'a revision tag is lowercase letters, digits and hyphens, starting with a letter',
    );
    return { provider: 'cloud-run', credential: given.secret, ...service, image, noTraffic, tag };
  },
  rollbackToken:
    'give a service-account key JSON or an access token (e.g. ' +
    "google-github-actions/auth's access_token). Secrets are empty in workflows from forks",
  readRollbackTarget(inputs, { token, common }) {
    const credential = token();
    const service = readCloudRunService(inputs);
    if (common.to !== undefined && !REVISION.test(common.to))
      throw invalidValue('rollback-to', common.to, 'expected a Cloud Run revision name such as api-00041-abc');
    return { provider: 'cloud-run', credential, ...service, ...common };
  },
};
