import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFailure, type Exec, type ExecRequest, type ExecResult } from '../../lib/exec.js';

/**
 * Cloud Run through gcloud: argv builders and parsers of gcloud's `--format=json` output (the
 * Knative `serving.knative.dev/v1` Service and Revision resources, and update-traffic's target
 * list, as google-github-actions/deploy-cloudrun's parser tests record them). Shared by
 * actions/deploy and health-check's rollback. Every user value goes in as `--flag=value`, one argv
 * element, so that no value can become an option.
 */

export interface CloudRunService {
  service: string;
  region: string;
  /** GCP project id; gcloud's configured project when absent. */
  project?: string | undefined;
}

/** Cloud Run service names: lowercase letters, digits and hyphens, starting with a letter. */
export const SERVICE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const REGION = /^[a-z]+-[a-z]+[0-9]+$/;
/** Project ids, including domain-scoped ones (`example.com:my-project`). */
export const PROJECT_ID = /^([a-z0-9.-]+:)?[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
/** Revision tags (they become part of a URL). */
export const TAG = /^[a-z]([-a-z0-9]{0,45}[a-z0-9])?$/;
export const REVISION = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

function scope(target: CloudRunService): string[] {
  return [`--region=${target.region}`, ...(target.project ? [`--project=${target.project}`] : [])];
}

export function deployArgs(
  target: CloudRunService,
  options: { image: string; noTraffic?: boolean; tag?: string | undefined },
): string[] {
  return [
    'run',
    'deploy',
    target.service,
    `--image=${options.image}`,
    ...scope(target),
    ...(options.noTraffic ? ['--no-traffic'] : []),
    ...(options.tag ? [`--tag=${options.tag}`] : []),
    '--format=json',
    '--quiet',
  ];
}

export function describeArgs(target: CloudRunService): string[] {
  return ['run', 'services', 'describe', target.service, ...scope(target), '--format=json'];
}

export function listRevisionsArgs(target: CloudRunService, limit = 20): string[] {
  return [
    'run',
    'revisions',
    'list',
    `--service=${target.service}`,
    ...scope(target),
    '--sort-by=~metadata.creationTimestamp',
    `--limit=${limit}`,
    '--format=json',
  ];
}

/** All traffic to one revision (a rollback or a blue-green switch), or to the latest revision. */
export function updateTrafficArgs(target: CloudRunService, to: { revision: string } | { latest: true }): string[] {
  const destination = 'revision' in to ? `--to-revisions=${to.revision}=100` : '--to-latest';
  return [
    'run',
    'services',
    'update-traffic',
    target.service,
    destination,
    ...scope(target),
    '--format=json',
    '--quiet',
  ];
}

export interface TrafficTarget {
  revision: string;
  percent: number;
  tag?: string;
  url?: string;
  latestRevision?: boolean;
}

export interface ServiceState {
  name: string;
  url?: string;
  latestCreatedRevision?: string;
  latestReadyRevision?: string;
  ready: boolean;
  traffic: TrafficTarget[];
}

interface KnativeCondition {
  type?: string;
  status?: string;
  message?: string;
}

/** `gcloud run services describe|deploy --format=json`: a Knative Service. */
export function parseService(stdout: string): ServiceState {
  const service = parseGcloudJson<{
    metadata?: { name?: string };
    status?: {
      url?: string;
      latestCreatedRevisionName?: string;
      latestReadyRevisionName?: string;
      conditions?: KnativeCondition[];
      traffic?: { revisionName?: string; percent?: number; tag?: string; url?: string; latestRevision?: boolean }[];
    };
  }>(stdout, 'service');
  const status = service.status ?? {};
  return {
    name: service.metadata?.name ?? '',
    ...(status.url ? { url: status.url } : {}),
    ...(status.latestCreatedRevisionName ? { latestCreatedRevision: status.latestCreatedRevisionName } : {}),
    ...(status.latestReadyRevisionName ? { latestReadyRevision: status.latestReadyRevisionName } : {}),
    ready: isReady(status.conditions),
    traffic: (status.traffic ?? []).map((t) => ({
      revision: t.revisionName ?? '',
      percent: t.percent ?? 0,
      ...(t.tag ? { tag: t.tag } : {}),
      ...(t.url ? { url: t.url } : {}),
      ...(t.latestRevision !== undefined ? { latestRevision: t.latestRevision } : {}),
    })),
  };
}

/** The revision serving most of the traffic (what a rollback returns to), else the latest ready one. */
export function servingRevision(state: ServiceState): string | undefined {
  const serving = [...state.traffic]
    .filter((t) => t.revision && t.percent > 0)
    .sort((a, b) => b.percent - a.percent)[0];
  return serving?.revision ?? state.latestReadyRevision;
}

/** The URL of a tagged revision (blue-green: the new revision before it gets traffic). */
export function tagUrl(state: ServiceState, tag: string): string | undefined {
  return state.traffic.find((t) => t.tag === tag)?.url;
}

export interface RevisionState {
  name: string;
  ready: boolean;
  createdAt?: string;
}

/** `gcloud run revisions list --format=json`: Knative Revisions. */
export function parseRevisions(stdout: string): RevisionState[] {
  const list = parseGcloudJson<
    { metadata?: { name?: string; creationTimestamp?: string }; status?: { conditions?: KnativeCondition[] } }[]
  >(stdout, 'revision list');
  return list
    .map((r) => ({
      name: r.metadata?.name ?? '',
      ready: isReady(r.status?.conditions),
      ...(r.metadata?.creationTimestamp ? { createdAt: r.metadata.creationTimestamp } : {}),
    }))
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}

/** The newest ready revision other than `current`: what a rollback without a recorded previous revision returns to. */
export function previousReadyRevision(revisions: readonly RevisionState[], current: string): RevisionState | undefined {
  const at = revisions.findIndex((r) => r.name === current);
  return revisions.slice(at + 1).find((r) => r.ready && r.name !== current);
}

/** `gcloud run services update-traffic --format=json`: the resulting traffic targets. */
export function parseTrafficTargets(stdout: string): TrafficTarget[] {
  const list = parseGcloudJson<
    {
      revisionName?: string;
      statusPercent?: string;
      specPercent?: string;
      tags?: { tag: string; url?: string }[];
      latestRevision?: boolean;
    }[]
  >(stdout, 'traffic');
  return list.map((t) => ({
    revision: t.revisionName ?? '',
    percent: Number(t.statusPercent ?? t.specPercent ?? 0),
    ...(t.tags?.[0] ? { tag: t.tags[0].tag, ...(t.tags[0].url ? { url: t.tags[0].url } : {}) } : {}),
    ...(t.latestRevision !== undefined ? { latestRevision: t.latestRevision } : {}),
  }));
}

function isReady(conditions: KnativeCondition[] | undefined): boolean {
  return conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

function parseGcloudJson<T>(stdout: string, what: string): T {
  try {
    return JSON.parse(stdout) as T;
  } catch {
    throw new Error(
      `gcloud printed a ${what} that is not JSON: ${stdout.slice(0, 200).replace(/\s+/g, ' ') || '(nothing)'}`,
    );
  }
}

/** gcloud ran but failed: the sentence says which command and what gcloud said. */
export class GcloudError extends Error {
  override name = 'GcloudError';
  constructor(
    message: string,
    readonly result: ExecResult,
  ) {
    super(message);
  }
}

export interface GcloudDeps {
  exec: Exec;
  /** The gcloud executable. */
  gcloud?: string;
  /** Credentials and settings for gcloud, from `gcloudAuth` (secrets travel here, never in argv). */
  env: Record<string, string | undefined>;
  timeoutMs?: number;
  redact?: (text: string) => string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** Runs gcloud and returns stdout; a non-zero exit throws a GcloudError with gcloud's last words. */
export async function runGcloud(args: readonly string[], deps: GcloudDeps): Promise<string> {
  const request: ExecRequest = {
    command: deps.gcloud ?? 'gcloud',
    args,
    env: deps.env,
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    ...(deps.redact ? { redact: deps.redact } : {}),
    // stdout is the JSON answer; only stderr (progress, errors) goes to the log.
    onLine: (line, stream) => (stream === 'stderr' ? deps.onLine?.(line, stream) : undefined),
  };
  const result = await deps.exec(request);
  if (result.exitCode !== 0) {
    throw new GcloudError(describeFailure(`gcloud ${args.slice(0, 3).join(' ')}`, result, deps.timeoutMs), result);
  }
  return result.stdout;
}

/** gcloud's answer when a service does not exist yet (the first deploy). */
export function isMissingService(error: unknown): boolean {
  return error instanceof GcloudError && /cannot find service|could not be found|NOT_FOUND/i.test(error.result.stderr);
}

/** The current state of a service, or undefined when it does not exist yet. */
export async function describeService(target: CloudRunService, deps: GcloudDeps): Promise<ServiceState | undefined> {
  try {
    return parseService(await runGcloud(describeArgs(target), deps));
  } catch (error) {
    if (isMissingService(error)) return undefined;
    throw error;
  }
}

export async function listRevisions(target: CloudRunService, deps: GcloudDeps): Promise<RevisionState[]> {
  return parseRevisions(await runGcloud(listRevisionsArgs(target), deps));
}

/** Sends all traffic to `revision` (rollback, or the switch of a no-traffic deploy) and checks that it took. */
export async function routeAllTraffic(
  target: CloudRunService,
  revision: string,
  deps: GcloudDeps,
): Promise<TrafficTarget[]> {
  const traffic = parseTrafficTargets(await runGcloud(updateTrafficArgs(target, { revision }), deps));
  const served = traffic.find((t) => t.revision === revision);
  if (!served || served.percent !== 100) {
    throw new Error(
      `gcloud update-traffic finished but ${revision} serves ` +
        `${served?.percent ?? 0}% of ${target.service}'s traffic, not 100%.`,
    );
  }
  return traffic;
}

/** Rolls a service back to `revision` (what actions/deploy reported as previous-deployment-id). */
export function rollbackCloudRun(
  target: CloudRunService,
  revision: string,
  deps: GcloudDeps,
): Promise<TrafficTarget[]> {
  return routeAllTraffic(target, revision, deps);
}

export interface GcloudAuth {
  env: Record<string, string>;
  /** Removes the credential file. */
  dispose(): void;
}

/**
 * Hands a credential to gcloud through a 0600 file named in the environment, never argv: a
 * service-account key or external-account JSON through CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE, an
 * OAuth access token (e.g. google-github-actions/auth's `access_token`) through
 * CLOUDSDK_AUTH_ACCESS_TOKEN_FILE.
 */
export function gcloudAuth(credential: string, parent = tmpdir()): GcloudAuth {
  const dir = mkdtempSync(join(parent, 'dk-gcloud-'));
  const isJson = credential.trimStart().startsWith('{');
  const file = join(dir, isJson ? 'credentials.json' : 'access-token');
  writeFileSync(file, credential, { mode: 0o600 });
  chmodSync(file, 0o600);
  const variable = isJson ? 'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE' : 'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE';
  return {
    env: { [variable]: file, CLOUDSDK_CORE_DISABLE_PROMPTS: '1' },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
