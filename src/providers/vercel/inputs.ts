import { ConfigError } from '../../lib/errors.js';
import { type Inputs, optionalHttpUrl, optionalMatching } from '../../lib/inputs.js';
import type { ProviderInputs, RollbackCommon } from '../contract.js';
import { VERCEL_API_URL } from './api.js';

/** Vercel's inputs, read the same way for actions/deploy and health-check's rollback; its fields, declared once. */

/** `vercel-org-id`, `vercel-project-id` and `vercel-api-url`, and the token that reaches them. */
export interface VercelProject {
  token: string;
  /** Team id or slug (vercel-org-id); empty for a personal account. */
  orgId?: string | undefined;
  projectId?: string | undefined;
  apiUrl: string;
}

export interface VercelTarget extends VercelProject {
  provider: 'vercel';
  prebuilt: boolean;
  production: boolean;
}

export interface VercelRollback extends VercelProject, RollbackCommon {
  provider: 'vercel';
  projectId: string;
}

export function readVercelProject(inputs: Inputs, token: string): VercelProject {
  return {
    token,
    orgId: optionalMatching(
      inputs,
      'vercel-org-id',
      /^[A-Za-z0-9_-]+$/,
      'expected a Vercel team or user id such as team_abc123',
    ),
    projectId: optionalMatching(
      inputs,
      'vercel-project-id',
      /^[A-Za-z0-9_.-]+$/,
      'expected a Vercel project id such as prj_abc123',
    ),
    apiUrl: optionalHttpUrl(inputs, 'vercel-api-url') ?? VERCEL_API_URL,
  };
}

/** Vercel's inputs for both steps. */
export const vercelInputs: ProviderInputs<VercelTarget, VercelRollback> = {
  deployGate: () => ({ input: 'token', secretName: 'VERCEL_TOKEN', what: 'the Vercel deploy' }),
  readDeployTarget(inputs, given) {
    const target: VercelTarget = {
      provider: 'vercel',
      prebuilt: inputs.boolean('prebuilt', false),
      production: inputs.boolean('production', false),
      ...readVercelProject(inputs, given.secret),
    };
    if ((target.orgId === undefined) !== (target.projectId === undefined)) {
      throw new ConfigError(
        'Inputs "vercel-org-id" and "vercel-project-id" go together (the Vercel CLI needs both): ' +
          'give both, or neither and commit .vercel/project.json.',
      );
    }
    return target;
  },
  rollbackToken: 'give the Vercel token (${{ secrets.VERCEL_TOKEN }}). Secrets are empty in workflows from forks',
  readRollbackTarget(inputs, { token, common }) {
    const secret = token();
    const { orgId, projectId, apiUrl } = readVercelProject(inputs, secret);
    if (projectId === undefined) {
      throw new ConfigError(
        'Input "vercel-project-id" is required when "rollback" is "vercel": ' +
          'give the id of the project (prj_…) whose production is rolled back.',
      );
    }
    return { provider: 'vercel', token: secret, orgId, projectId, apiUrl, ...common };
  },
};
