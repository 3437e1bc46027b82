import { fixtureJson } from './fixtures.js';
import { type LoopbackServer, type RecordedRequest, sendJson, startServer } from './server.js';

/**
 * A loopback stand-in for Railway's public GraphQL API (backboard), replaying
 * test/fixtures/railway: the fixture operations must arrive byte for byte as
 * responses/<Operation>.request.json has them, answers keep the fixture response shapes, and
 * errors come as Railway sends them (HTTP 200, `{"errors":[{message}], "data": null}`: a wrong
 * project token -> error.project-token-not-found.json, a wrong or wrongly sent token ->
 * error.not-authorized.json). The auth header must be the kind Railway expects for the token:
 * `project-access-token` for a project token, `Authorization: Bearer` for an account token.
 */

export interface Named {
  id: string;
  name: string;
}

interface Node {
  id: string;
  status: string;
  createdAt?: string;
  url?: string | null;
  staticUrl?: string | null;
  canRollback?: boolean;
  [field: string]: unknown;
}

export const RAILWAY_IDS = {
  projectId: '8f2c1d3e-4b5a-4c6d-9e7f-0a1b2c3d4e5f',
  environmentId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  serviceId: '9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
  /** The live deployment in the fixture history (the newest SUCCESS). */
  liveDeploymentId: 'b7a6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d',
  /** What `railway up --detach --json` prints in the fixtures. */
  upDeploymentId: '7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a',
  /** The failed deployment at the top of the fixture history. */
  failedDeploymentId: 'd4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a',
} as const;

export interface RailwayApiOptions {
  token: string;
  tokenKind?: 'project' | 'account';
  services?: Named[];
  environments?: Named[];
  /** The service's deployments, newest first (default: the fixture's DeploymentsForServiceEnvironment nodes). */
  history?: Node[];
  /** Status sequences by deployment id, served one per DeploymentDetails poll (the last repeats). */
  statuses?: Record<string, string[]>;
  /** The deployment a rollback makes, and the statuses it goes through. */
  rollbackCreates?: { id: string; statuses: string[] };
}

export interface RailwayCall {
  operationName: string;
  variables: Record<string, any>;
  auth: 'project' | 'account' | 'none';
}

export interface RailwayApiStandIn extends LoopbackServer {
  calls: RailwayCall[];
  history: Node[];
}

const FIXTURE_OPERATIONS = [
  'DeploymentsForServiceEnvironment',
  'DeploymentDetails',
  'LatestDeployment',
  'DeploymentRollback',
];
const AUTHORED_OPERATIONS: Record<string, RegExp> = {
  // Authored here against schema.introspection.min.json (Query.projectToken, Query.project).
  ProjectToken: /^query ProjectToken \{\s*projectToken \{\s*projectId\s+environmentId\s*\}\s*\}\s*$/,
  ProjectScope: new RegExp(
    String.raw`^query ProjectScope\(\$id: String!\) \{\s*project\(id: \$id\) \{` +
      String.raw`[\s\S]*services \{\s*edges \{\s*node \{\s*id\s+name` +
      String.raw`[\s\S]*environments \{\s*edges \{\s*node \{\s*id\s+name`,
  ),
};
const STATUSES = [
  'BUILDING',
  'CRASHED',
  'DEPLOYING',
  'FAILED',
  'INITIALIZING',
  'NEEDS_APPROVAL',
  'QUEUED',
  'REMOVED',
  'REMOVING',
  'SKIPPED',
  'SLEEPING',
  'SUCCESS',
  'WAITING',
];

const error = (file: string) => fixtureJson(`railway/responses/${file}`);
const graphqlError = (message: string) => ({ errors: [{ message }], data: null });

export async function startRailwayApi(options: RailwayApiOptions): Promise<RailwayApiStandIn> {
  const kind = options.tokenKind ?? 'project';
  const services = options.services ?? [
    { id: RAILWAY_IDS.serviceId, name: 'api' },
    { id: 'c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f', name: 'worker' },
  ];
  const environments = options.environments ?? [
    { id: RAILWAY_IDS.environmentId, name: 'production' },
    { id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'staging' },
  ];
  const fixtureHistory = fixtureJson(
    'railway/responses/DeploymentsForServiceEnvironment.response.json',
  ).data.deployments.edges.map((edge: { node: Node }) => edge.node) as Node[];
  const history: Node[] = [...(options.history ?? fixtureHistory)];
  const statuses = new Map(Object.entries(options.statuses ?? {}).map(([id, list]) => [id, [...list]]));
  const calls: RailwayCall[] = [];

  const statusOf = (id: string, consume: boolean): string | undefined => {
    const list = statuses.get(id);
    if (list?.length) return consume && list.length > 1 ? list.shift() : list[0];
    return history.find((node) => node.id === id)?.status;
  };

  const answer = (request: RecordedRequest): unknown => {
    if (request.method !== 'POST') return graphqlError(`Method ${request.method} not allowed`);
    if (!request.headers['content-type']?.startsWith('application/json')) return graphqlError('Expected a JSON body');
    const body = JSON.parse(request.body) as {
      query?: string;
      variables?: Record<string, any>;
      operationName?: string;
    };
    const operation = body.operationName ?? '';
    const variables = body.variables ?? {};
    const auth =
      request.headers['project-access-token'] !== undefined
        ? 'project'
        : request.headers['authorization']
          ? 'account'
          : 'none';
    calls.push({ operationName: operation, variables, auth });

    // The operation as the client must send it.
    if (FIXTURE_OPERATIONS.includes(operation)) {
      const expected = fixtureJson(`railway/responses/${operation}.request.json`).query;
      if (body.query !== expected) return graphqlError(`stand-in: ${operation} differs from the fixture query`);
    } else if (AUTHORED_OPERATIONS[operation]) {
      if (!AUTHORED_OPERATIONS[operation].test(body.query ?? ''))
        return graphqlError(`stand-in: unexpected ${operation} query`);
    } else {
      return graphqlError(`stand-in: unknown operation ${JSON.stringify(operation)}`);
    }

    // The token, sent the way Railway expects its kind.
    const sent =
      auth === 'project'
        ? request.headers['project-access-token']
        : request.headers['authorization']?.replace(/^Bearer /, '');
    if (kind === 'project' && auth === 'project' && sent !== options.token)
      return error('error.project-token-not-found.json');
    if (auth !== kind || sent !== options.token) return error('error.not-authorized.json');

    switch (operation) {
      case 'ProjectToken':
        return {
          data: { projectToken: { projectId: RAILWAY_IDS.projectId, environmentId: RAILWAY_IDS.environmentId } },
        };
      case 'ProjectScope':
        if (variables['id'] !== RAILWAY_IDS.projectId)
          return { ...graphqlError('Project not found'), data: { project: null } };
        return {
          data: {
            project: {
              id: RAILWAY_IDS.projectId,
              name: 'acme-api',
              services: { edges: services.map((node) => ({ node })) },
              environments: { edges: environments.map((node) => ({ node })) },
            },
          },
        };
      case 'DeploymentsForServiceEnvironment': {
        const input = variables['input'] ?? {};
        const wanted: string[] | undefined = input.status?.in;
        if (wanted?.some((status) => !STATUSES.includes(status)))
          return graphqlError('Value is not a valid DeploymentStatus');
        const mine =
          input.serviceId === RAILWAY_IDS.serviceId &&
          input.environmentId === RAILWAY_IDS.environmentId &&
          [undefined, RAILWAY_IDS.projectId].includes(input.projectId);
        const nodes = (mine ? history : [])
          .filter((node) => !wanted || wanted.includes(node.status))
          .slice(0, variables['first'] ?? 100);
        return {
          data: {
            deployments: {
              edges: nodes.map((node, index) => ({ cursor: `cursor-${index}`, node })),
              pageInfo: { hasNextPage: false, endCursor: nodes.length ? `cursor-${nodes.length - 1}` : null },
            },
          },
        };
      }
      case 'DeploymentDetails': {
        const id = String(variables['id']);
        const status = statusOf(id, true);
        if (!status) return error('error.deployment-not-found.json');
        const template = fixtureJson('railway/responses/DeploymentDetails.response.json').data.deployment;
        const known = history.find((node) => node.id === id);
        return { data: { deployment: { ...template, ...known, id, status } } };
      }
      case 'LatestDeployment': {
        const latest = history[0];
        if (
          variables['serviceId'] !== RAILWAY_IDS.serviceId ||
          variables['environmentId'] !== RAILWAY_IDS.environmentId
        ) {
          return { data: { serviceInstance: null } };
        }
        return {
          data: {
            serviceInstance: {
              latestDeployment: latest ? { id: latest.id, status: statusOf(latest.id, false) } : null,
            },
          },
        };
      }
      case 'DeploymentRollback': {
        const target = history.find((node) => node.id === variables['id']);
        if (!target) return error('error.deployment-not-found.json');
        if (target.canRollback === false) return graphqlError('Deployment cannot be rolled back');
        if (options.rollbackCreates) {
          const { id, statuses: sequence } = options.rollbackCreates;
          history.unshift({ ...target, id, status: sequence[0] ?? 'INITIALIZING', meta: { reason: 'rollback' } });
          statuses.set(id, [...sequence]);
        }
        return fixtureJson('railway/responses/DeploymentRollback.response.json');
      }
    }
    return graphqlError('unreachable');
  };

  const server = await startServer((request, response) => sendJson(response, 200, answer(request)));
  return Object.assign(server, { calls, history });
}
