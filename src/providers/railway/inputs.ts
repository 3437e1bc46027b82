import { ConfigError } from '../../lib/errors.js';
import { type Inputs, optionalHttpUrl } from '../../lib/inputs.js';
import type { ProviderInputs, RollbackCommon } from '../contract.js';
import { RAILWAY_API_URL, type RailwayTokenKind } from './api.js';

/**
 * Railway's inputs, the same names, meanings and errors for actions/deploy and health-check's
 * rollback, so that a workflow passes the same values to both steps; and Railway's fields,
 * declared once.
 */

export const RAILWAY_TOKEN_KINDS = ['project', 'account'] as const satisfies readonly RailwayTokenKind[];

/** A service and the token that reaches it: what both a deploy and a rollback need. */
export interface RailwayService {
  token: string;
  tokenKind: RailwayTokenKind;
  /** Service name or id. */
  service: string;
  /** Project id (needed with an account token; a project token knows its project). */
  project?: string | undefined;
  apiUrl: string;
}

export interface RailwayTarget extends RailwayService {
  provider: 'railway';
  /** Wait for the deployment's final status (otherwise return once it is queued). */
  wait: boolean;
}

export interface RailwayRollback extends RailwayService, RollbackCommon {
  provider: 'railway';
  /** Environment name or id (an account token needs it; a project token knows its environment). */
  environment?: string | undefined;
}

export function readRailwayTokenKind(inputs: Inputs): RailwayTokenKind {
  return inputs.enum('railway-token-kind', RAILWAY_TOKEN_KINDS, 'project');
}

/** `service`, `project` and `railway-api-url`; an account token also needs project and environment. */
export function readRailwayService(
  inputs: Inputs,
  token: string,
  tokenKind: RailwayTokenKind,
  environment: string | undefined,
): RailwayService {
  const target: RailwayService = {
    token,
    tokenKind,
    service: inputs.required('service', 'the Railway service name or id'),
    project: inputs.optional('project'),
    apiUrl: optionalHttpUrl(inputs, 'railway-api-url') ?? RAILWAY_API_URL,
  };
  if (tokenKind === 'account' && (!target.project || !environment)) {
    throw new ConfigError(
      'An account or workspace Railway token (railway-token-kind: account) ' +
        'needs "project" (the project id) and "environment".',
    );
  }
  return target;
}

/** Railway's inputs for both steps. */
export const railwayInputs: ProviderInputs<RailwayTarget, RailwayRollback> = {
  deployGate: (inputs) => ({
    input: 'token',
    secretName: readRailwayTokenKind(inputs) === 'account' ? 'RAILWAY_API_TOKEN' : 'RAILWAY_TOKEN',
    what: 'the Railway deploy',
  }),
  readDeployTarget(inputs, given) {
    const service = readRailwayService(inputs, given.secret, readRailwayTokenKind(inputs), given.environment);
    return { provider: 'railway', ...service, wait: inputs.boolean('wait', true) };
  },
  rollbackToken:
    'give the Railway project token (${{ secrets.RAILWAY_TOKEN }}) ' +
    'or, with railway-token-kind: account, an account token. Secrets are empty in workflows from forks',
  readRollbackTarget(inputs, { token, common }) {
    const secret = token();
    const tokenKind = readRailwayTokenKind(inputs);
    const environment = inputs.optional('environment');
    return {
      provider: 'railway',
      ...readRailwayService(inputs, secret, tokenKind, environment),
      environment,
      ...common,
    };
  },
};
