import { parseJson, type RetryPolicy } from '../../lib/http.js';
import type { DeadlineHttp } from '../contract.js';

/**
 * Railway's public GraphQL API (backboard), as the Railway CLI uses it (railwayapp/cli src/client.rs,
 * src/gql/*; formats in test/fixtures/railway): the client: operations,
 * authentication and errors. deployments.ts builds on it; status.ts reads what it returns.
 */

export const RAILWAY_API_URL = 'https://backboard.railway.com/graphql/v2';

/**
 * A project token (RAILWAY_TOKEN, scoped to one environment of one project) is sent as the
 * `project-access-token` header; an account or workspace token (RAILWAY_API_TOKEN) as a Bearer token.
 */
export type RailwayTokenKind = 'project' | 'account';

export interface RailwayApi {
  url: string;
  token: string;
  tokenKind: RailwayTokenKind;
  /** The run's deadline-aware client (ProviderRun.http); default: the per-request cap alone. */
  http: DeadlineHttp;
}

// Operations. Those the fixtures hold are sent byte for byte as recorded there
// (responses/*.request.json); ProjectToken and ProjectScope are authored against the schema.
export const RAILWAY_OPERATIONS = {
  ProjectToken: 'query ProjectToken {\n  projectToken {\n    projectId\n    environmentId\n  }\n}\n',
  ProjectScope:
    'query ProjectScope($id: String!) {\n  project(id: $id) {\n    id\n    name\n' +
    '    services {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n' +
    '    environments {\n      edges {\n        node {\n' +
    '          id\n          name\n        }\n      }\n    }\n  }\n}\n',
  DeploymentsForServiceEnvironment:
    'query DeploymentsForServiceEnvironment($input: DeploymentListInput!, $first: Int, $after: String) {\n' +
    '  deployments(input: $input, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n' +
    '        id\n        status\n        createdAt\n        updatedAt\n        statusUpdatedAt\n        url\n' +
    '        staticUrl\n        canRollback\n        canRedeploy\n        deploymentStopped\n        meta\n      }\n' +
    '    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n',
  DeploymentDetails:
    'query DeploymentDetails($id: String!) {\n  deployment(id: $id) {\n    id\n    status\n    createdAt\n' +
    '    updatedAt\n    statusUpdatedAt\n    url\n    staticUrl\n    meta\n    canRedeploy\n    canRollback\n' +
    '    deploymentStopped\n    projectId\n    environmentId\n    serviceId\n  }\n}\n',
  LatestDeployment:
    'query LatestDeployment($serviceId: String!, $environmentId: String!) {\n' +
    '  serviceInstance(environmentId: $environmentId, serviceId: $serviceId) {\n    latestDeployment {\n' +
    '      id\n      status\n    }\n  }\n}\n',
  DeploymentRollback: 'mutation DeploymentRollback($id: String!) {\n  deploymentRollback(id: $id)\n}\n',
} as const;

export type RailwayOperation = keyof typeof RAILWAY_OPERATIONS;

/** Railway answered, but with GraphQL errors or an HTTP error status. */
export class RailwayApiError extends Error {
  override name = 'RailwayApiError';
}

const RETRY: RetryPolicy = { retries: 3, minDelayMs: 1000, maxDelayMs: 10_000, budgetMs: 30_000 };

export function railwayHeaders(api: Pick<RailwayApi, 'token' | 'tokenKind'>): Record<string, string> {
  const auth: Record<string, string> =
    api.tokenKind === 'project' ? { 'project-access-token': api.token } : { authorization: `Bearer ${api.token}` };
  return { 'content-type': 'application/json', accept: 'application/json', ...auth };
}

/** The `data` of one operation; GraphQL errors (HTTP 200 with `errors`) and HTTP errors throw. */
export async function railwayRequest<T>(
  api: RailwayApi,
  operation: RailwayOperation,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await api.http({
    url: api.url,
    method: 'POST',
    headers: railwayHeaders(api),
    body: JSON.stringify({ query: RAILWAY_OPERATIONS[operation], variables, operationName: operation }),
    // A GraphQL query is a read sent as POST: safe to send again after a reset; a mutation is not.
    retry: { ...RETRY, idempotent: RAILWAY_OPERATIONS[operation].startsWith('query') },
  });
  if (response.status === 401 || response.status === 403)
    throw new RailwayApiError(authAdvice(api, `HTTP ${response.status}`));
  if (response.status >= 400) throw new RailwayApiError(`Railway API ${operation} answered HTTP ${response.status}`);
  const body = parseJson<{ data?: T | null; errors?: { message?: string }[] }>(response, 'The Railway API');
  if (body.errors?.length) {
    const message = body.errors.map((error) => error.message ?? 'unknown error').join('; ');
    if (/project token not found|not authorized|unauthorized/i.test(message))
      throw new RailwayApiError(authAdvice(api, message));
    throw new RailwayApiError(`Railway API ${operation} failed: ${message}`);
  }
  if (!body.data) throw new RailwayApiError(`Railway API ${operation} returned no data`);
  return body.data;
}

export function authAdvice(api: Pick<RailwayApi, 'tokenKind'>, what: string): string {
  const hint =
    api.tokenKind === 'project'
      ? 'it was sent as a project token (RAILWAY_TOKEN); ' +
        'for an account or workspace token set railway-token-kind: account'
      : 'it was sent as an account or workspace token (Bearer); for a project token set railway-token-kind: project';
  return (
    `Railway refused the token (${what}): ${hint}, ` +
    'and check that it can see this project, environment and service.'
  );
}
