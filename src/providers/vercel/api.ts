import { parseJson, type RetryPolicy } from '../../lib/http.js';
import { pollUntil, type WaitOptions } from '../../lib/poll.js';
import type { DeadlineHttp } from '../contract.js';

/**
 * Vercel's REST API (formats in test/fixtures/vercel, from the Vercel CLI and SDK): list and
 * get deployments, roll back and promote the way the CLI does (request, then poll the project's
 * `lastAliasRequest`): the client both deploy.ts and rollback.ts use.
 */

export const VERCEL_API_URL = 'https://api.vercel.com';

export interface VercelApi {
  url: string;
  token: string;
  /** A team id (`team_…`) or slug: requests are made in that team's scope. */
  teamId?: string | undefined;
  /** The run's deadline-aware client (ProviderRun.http); default: the per-request cap alone. */
  http: DeadlineHttp;
}

export type VercelReadyState =
  'BLOCKED' | 'BUILDING' | 'CANCELED' | 'DELETED' | 'ERROR' | 'INITIALIZING' | 'QUEUED' | 'READY';

/** A deployment as the list (`uid`) and get (`id`) endpoints describe it, normalised to `id`. */
export interface VercelDeployment {
  id: string;
  url: string;
  readyState: string;
  target: string | null;
  readySubstate?: string;
  isRollbackCandidate?: boolean;
  createdAt?: number;
  inspectorUrl?: string;
  errorMessage?: string;
}

export interface VercelAliasRequest {
  fromDeploymentId: string | null;
  toDeploymentId: string;
  jobStatus: 'pending' | 'in-progress' | 'succeeded' | 'failed' | 'skipped';
  requestedAt: number;
  type: 'rollback' | 'promote';
}

export class VercelApiError extends Error {
  override name = 'VercelApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

const RETRY: RetryPolicy = { retries: 3, minDelayMs: 1000, maxDelayMs: 10_000, budgetMs: 30_000 };

/** One request; `{"error": {code, message}}` answers become a VercelApiError naming the request. */
export async function vercelRequest<T>(
  api: VercelApi,
  method: 'GET' | 'POST',
  path: string,
  query: Record<string, string | number | boolean | undefined> = {},
  body?: unknown,
): Promise<T> {
  const url = new URL(api.url.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries({ ...query, ...teamScope(api.teamId) })) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const response = await api.http({
    url: url.toString(),
    method,
    headers: {
      authorization: `Bearer ${api.token}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    retry: RETRY,
  });
  if (response.status >= 400) {
    let error: { code?: string; message?: string } | undefined;
    try {
      const parsed = JSON.parse(response.body) as { error?: typeof error; err?: typeof error };
      error = parsed.error ?? parsed.err;
    } catch {
      // not JSON
    }
    const why = error?.message ? `${error.message}${error.code ? ` (${error.code})` : ''}` : `HTTP ${response.status}`;
    const advice =
      response.status === 403 || response.status === 401
        ? ': check the Vercel token and its team scope (vercel-org-id)'
        : '';
    throw new VercelApiError(`Vercel API ${method} ${path} failed: ${why}${advice}`, response.status, error?.code);
  }
  if (response.body.trim() === '') return undefined as T;
  return parseJson<T>(response, 'The Vercel API');
}

/** Team-scoped requests carry `teamId` (an id) or `slug` (a team's slug); personal accounts carry neither. */
export function teamScope(team: string | undefined): Record<string, string> {
  if (!team) return {};
  if (team.startsWith('team_')) return { teamId: team };
  // A personal account's id (what `vercel link` stores as orgId) is not a team: no scope.
  return /^[a-z0-9][a-z0-9-]*$/.test(team) ? { slug: team } : {};
}

interface RawDeployment {
  uid?: string;
  id?: string;
  url: string;
  readyState?: string;
  state?: string;
  target?: string | null;
  readySubstate?: string;
  isRollbackCandidate?: boolean;
  createdAt?: number;
  created?: number;
  inspectorUrl?: string;
  errorMessage?: string;
}

function normalise(raw: RawDeployment): VercelDeployment {
  return {
    id: raw.uid ?? raw.id ?? '',
    url: raw.url,
    readyState: raw.readyState ?? raw.state ?? 'UNKNOWN',
    target: raw.target ?? null,
    ...(raw.readySubstate ? { readySubstate: raw.readySubstate } : {}),
    ...(raw.isRollbackCandidate !== undefined ? { isRollbackCandidate: raw.isRollbackCandidate } : {}),
    ...((raw.createdAt ?? raw.created) ? { createdAt: raw.createdAt ?? raw.created } : {}),
    ...(raw.inspectorUrl ? { inspectorUrl: raw.inspectorUrl } : {}),
    ...(raw.errorMessage ? { errorMessage: raw.errorMessage } : {}),
  };
}

/** `GET /v6/deployments`, newest first. */
export async function listVercelDeployments(
  api: VercelApi,
  filter: { projectId: string; target?: 'production' | 'preview'; state?: string; limit?: number; until?: number },
): Promise<{ deployments: VercelDeployment[]; next: number | null }> {
  const data = await vercelRequest<{ deployments: RawDeployment[]; pagination?: { next: number | null } }>(
    api,
    'GET',
    '/v6/deployments',
    {
      projectId: filter.projectId,
      target: filter.target,
      state: filter.state,
      limit: filter.limit ?? 20,
      until: filter.until,
    },
  );
  return { deployments: data.deployments.map(normalise), next: data.pagination?.next ?? null };
}

/** The deployment serving production: the newest READY production one that is not merely staged. */
export function pickCurrentProduction(newestFirst: readonly VercelDeployment[]): VercelDeployment | undefined {
  return newestFirst.find((d) => d.target === 'production' && d.readyState === 'READY' && d.readySubstate !== 'STAGED');
}

/**
 * What a rollback away from `currentId` returns to: the newest READY production deployment other
 * than it, preferring those Vercel marks as rollback candidates.
 */
export function pickVercelRollbackTarget(
  newestFirst: readonly VercelDeployment[],
  currentId: string,
): VercelDeployment | undefined {
  const at = newestFirst.findIndex((d) => d.id === currentId);
  const older = newestFirst.slice(at + 1).filter((d) => d.target === 'production' && d.readyState === 'READY');
  return older.find((d) => d.isRollbackCandidate) ?? older[0];
}

export async function currentVercelProduction(
  api: VercelApi,
  projectId: string,
): Promise<VercelDeployment | undefined> {
  const { deployments } = await listVercelDeployments(api, {
    projectId,
    target: 'production',
    state: 'READY',
    limit: 20,
  });
  return pickCurrentProduction(deployments);
}

/** `GET /v13/deployments/{idOrUrl}`. */
export async function getVercelDeployment(api: VercelApi, idOrUrl: string): Promise<VercelDeployment> {
  const host = idOrUrl.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return normalise(await vercelRequest<RawDeployment>(api, 'GET', `/v13/deployments/${encodeURIComponent(host)}`));
}

export type { WaitOptions };

/** Polls a deployment until READY; ERROR, CANCELED or the deadline throw. */
export async function waitForVercelDeployment(
  api: VercelApi,
  idOrUrl: string,
  options: WaitOptions,
): Promise<VercelDeployment> {
  const result = await pollUntil(
    () => getVercelDeployment(api, idOrUrl),
    (d) => ['READY', 'ERROR', 'CANCELED', 'DELETED'].includes(d.readyState),
    options,
  );
  if (!result.done)
    throw new Error(
      `Vercel deployment ${idOrUrl} was still ${result.last?.readyState ?? 'unknown'} ` +
        `after ${Math.round(options.timeoutMs / 1000)} s.`,
    );
  if (result.value.readyState !== 'READY') {
    throw new Error(
      `Vercel deployment ${result.value.id} ` +
        `ended ${result.value.readyState}${result.value.errorMessage ? `: ${result.value.errorMessage}` : ''}.`,
    );
  }
  return result.value;
}

export async function getVercelAliasRequest(api: VercelApi, projectId: string): Promise<VercelAliasRequest | null> {
  const project = await vercelRequest<{ lastAliasRequest?: VercelAliasRequest | null }>(
    api,
    'GET',
    `/v9/projects/${encodeURIComponent(projectId)}`,
  );
  return project.lastAliasRequest ?? null;
}

/**
 * Points production back at `deploymentId` (instant rollback, as `vercel rollback` does:
 * `POST /v9/projects/{id}/rollback/{deploymentId}`), then polls the project until the alias job for
 * that deployment succeeded. Note: Vercel then stops auto-assigning production domains to new
 * deployments until a promote ("undo rollback").
 */
export function rollbackVercel(
  api: VercelApi,
  projectId: string,
  deploymentId: string,
  options: WaitOptions,
): Promise<VercelAliasRequest> {
  return requestAliasJob(api, projectId, deploymentId, 'rollback', options);
}

/** Promotes a deployment to production without rebuilding it (`POST /v10/projects/{id}/promote/{deploymentId}`). */
export function promoteVercel(
  api: VercelApi,
  projectId: string,
  deploymentId: string,
  options: WaitOptions,
): Promise<VercelAliasRequest> {
  return requestAliasJob(api, projectId, deploymentId, 'promote', options);
}

async function requestAliasJob(
  api: VercelApi,
  projectId: string,
  deploymentId: string,
  type: 'rollback' | 'promote',
  options: WaitOptions,
): Promise<VercelAliasRequest> {
  const version = type === 'rollback' ? 'v9' : 'v10';
  await vercelRequest(
    api,
    'POST',
    `/${version}/projects/${encodeURIComponent(projectId)}/${type}/${encodeURIComponent(deploymentId)}`,
    {},
    {},
  );
  const result = await pollUntil(
    () => getVercelAliasRequest(api, projectId),
    (job) =>
      job !== null &&
      job.toDeploymentId === deploymentId &&
      job.type === type &&
      !['pending', 'in-progress'].includes(job.jobStatus),
    options,
  );
  if (!result.done || !result.value) {
    throw new Error(
      `The Vercel ${type} to ${deploymentId} did not finish within ${Math.round(options.timeoutMs / 1000)} s.`,
    );
  }
  if (result.value.jobStatus !== 'succeeded')
    throw new Error(`The Vercel ${type} to ${deploymentId} ended ${result.value.jobStatus}.`);
  return result.value;
}

/**
 * What `vercel deploy` printed. With `--format=json` stdout is one object `{id, url, readyState, …}`
 * (or `{deployment: {…}}` in the CLI's agent mode); without it, stdout is the bare deployment URL.
 */
export function parseVercelDeployOutput(stdout: string): {
  id?: string;
  url?: string;
  readyState?: string;
  inspectorUrl?: string;
} {
  const text = stdout.trim();
  const start = text.indexOf('{');
  if (start >= 0) {
    try {
      const parsed = JSON.parse(text.slice(start)) as Record<string, unknown>;
      const deployment = (
        typeof parsed['deployment'] === 'object' && parsed['deployment'] !== null ? parsed['deployment'] : parsed
      ) as Record<string, unknown>;
      const pick = (key: string) => (typeof deployment[key] === 'string' ? { [key]: deployment[key] as string } : {});
      const url = typeof deployment['url'] === 'string' ? withScheme(deployment['url']) : undefined;
      return { ...pick('id'), ...(url ? { url } : {}), ...pick('readyState'), ...pick('inspectorUrl') };
    } catch {
      // fall through to the URL
    }
  }
  const url = [...text.matchAll(/https:\/\/[^\s"']+/g)].at(-1)?.[0];
  return url ? { url } : {};
}

function withScheme(url: string): string {
  return /^https?:\/\//.test(url) ? url : `https://${url}`;
}
