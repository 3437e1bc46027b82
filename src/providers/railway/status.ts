/** Railway's deployment statuses, what they mean for us, and the URL a deployment serves. */

export type RailwayDeploymentStatus =
  | 'BUILDING'
  | 'CRASHED'
  | 'DEPLOYING'
  | 'FAILED'
  | 'INITIALIZING'
  | 'NEEDS_APPROVAL'
  | 'QUEUED'
  | 'REMOVED'
  | 'REMOVING'
  | 'SKIPPED'
  | 'SLEEPING'
  | 'SUCCESS'
  | 'WAITING';

export interface RailwayDeployment {
  id: string;
  status: RailwayDeploymentStatus;
  createdAt?: string;
  url?: string | null;
  staticUrl?: string | null;
  canRollback?: boolean;
  meta?: Record<string, unknown> | null;
}

/** Statuses a deployment does not leave on its own. SLEEPING is a successful deployment asleep (serverless). */
const SUCCEEDED: readonly string[] = ['SUCCESS', 'SLEEPING'];
const ENDED_BADLY: readonly string[] = ['FAILED', 'CRASHED', 'REMOVED', 'SKIPPED'];

export function isFinalRailwayStatus(status: string): boolean {
  return SUCCEEDED.includes(status) || ENDED_BADLY.includes(status);
}

export function isSuccessfulRailwayStatus(status: string): boolean {
  return SUCCEEDED.includes(status);
}

/** `https://` + the deployment's domain, when it has one. */
export function railwayDeploymentUrl(deployment: Pick<RailwayDeployment, 'url' | 'staticUrl'>): string | undefined {
  const host = deployment.url || deployment.staticUrl;
  if (!host) return undefined;
  return /^https?:\/\//.test(host) ? host : `https://${host}`;
}
