import type { ActionContext } from './action.js';
import { ConfigError, messageOf } from './errors.js';
import { octokit } from './github.js';
import { invalidValue, type Inputs } from './inputs.js';

/**
 * Records that tell the truth: what the health check found, written back on the GitHub Deployment
 * the deploy created. An unhealthy release's deployment gets a `failure` status (the one-line story,
 * the run's log); a healthy one keeps the `success` the deploy gave it. A rollback is recorded as
 * its own deployment in the same environment, task `deploy:rollback`, `success` when the re-check
 * passed and `failure` when it did not. A token GitHub refuses only warns: records never fail a step.
 */

export const ROLLBACK_TASK = 'deploy:rollback';
/** GitHub keeps at most 140 characters of a status description. */
const MAX_DESCRIPTION = 140;

export interface DeploymentRecordTarget {
  token: string;
  deploymentId: number;
}

/** What happened to the release, in the shape health-check's outcome already has. */
export interface CheckedRelease {
  health: { healthy: boolean };
  rollback?:
    | { attempted: boolean; rolledBack: boolean; healthyAfter: boolean; verification?: unknown; provider: string }
    | undefined;
}

export interface RecordResult {
  /** The status written on the deploy's deployment (none when the release was healthy or GitHub refused). */
  status?: 'failure';
  /** The rollback's own deployment. */
  rollback?: { id: number; state: 'success' | 'failure' };
}

/** health-check's `github-deployment-id` and `github-token`; nothing to record without an id. */
export function readDeploymentRecordInputs(inputs: Inputs): DeploymentRecordTarget | undefined {
  const id = inputs.optional('github-deployment-id');
  const token = inputs.secret('github-token');
  if (id === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/.test(id))
    throw invalidValue('github-deployment-id', id, "expected the deploy step's github-deployment-id output, a number");
  if (!token) {
    throw new ConfigError(
      'Input "github-deployment-id" is set but "github-token" is empty: ' +
        'give a token with `deployments: write`, e.g. `${{ github.token }}`.',
    );
  }
  return { token, deploymentId: Number(id) };
}

/** One line of at most 140 characters. */
export function statusDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_DESCRIPTION ? `${line.slice(0, MAX_DESCRIPTION - 1)}…` : line;
}

export async function recordCheckOutcome(
  target: DeploymentRecordTarget | undefined,
  release: CheckedRelease,
  story: string,
  context: Pick<ActionContext, 'core' | 'run' | 'secrets'>,
): Promise<RecordResult> {
  if (!target) return {};
  const { core, run } = context;
  const id = target.deploymentId;
  const repo = { owner: run.owner, repo: run.repo };
  const logUrl = run.runUrl ? { log_url: run.runUrl } : {};
  const warn = (what: string, error: unknown) => {
    const status = (error as { status?: number }).status;
    const hint = status === 403 || status === 404 ? ' The token needs deployments: write.' : '';
    core.warning(`Could not ${what} (the step goes on): ${messageOf(error)}.${hint}`);
  };
  const client = await octokit(target.token, run);
  const result: RecordResult = {};

  if (release.health.healthy) {
    core.info(`GitHub Deployment ${id} keeps its success status: the release is healthy.`);
    return result;
  }
  try {
    await client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'failure',
      description: statusDescription(`Unhealthy: ${context.secrets.redact(story)}`),
      ...logUrl,
      auto_inactive: false,
    });
    result.status = 'failure';
    core.info(`GitHub Deployment ${id} marked failure: the release is unhealthy.`);
  } catch (error) {
    warn(`mark GitHub Deployment ${id} as failed`, error);
  }

  const rollback = release.rollback;
  if (!rollback?.attempted) return result;
  // Restored means the re-check passed; without a re-check (verify-after-rollback: false), that the rollback ran.
  const restored = rollback.verification === undefined ? rollback.rolledBack : rollback.healthyAfter;
  const state = restored ? 'success' : 'failure';
  try {
    const { data: original } = await client.rest.repos.getDeployment({ ...repo, deployment_id: id });
    const ref = await previousRelease(client, repo, original);
    const created = await client.rest.repos.createDeployment({
      ...repo,
      ref,
      task: ROLLBACK_TASK,
      environment: original.environment,
      auto_merge: false,
      required_contexts: [],
      description: `deploy-kit: ${rollback.provider} rollback of deployment ${id}`,
      production_environment: original.production_environment ?? original.environment === 'production',
      payload: { rolled_back_deployment: id },
    });
    if (!('id' in created.data)) throw new Error(created.data.message ?? 'GitHub did not create the deployment');
    const description = !rollback.rolledBack
      ? `Rollback (${rollback.provider}) failed: the previous release is not back`
      : restored
        ? `Rollback (${rollback.provider}): the previous release is ` +
          `back${rollback.verification === undefined ? ' (not re-checked)' : ' and healthy'}`
        : `Rollback (${rollback.provider}): the previous release is back but still unhealthy`;
    await client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: created.data.id,
      state,
      description: statusDescription(description),
      ...logUrl,
      auto_inactive: false,
    });
    result.rollback = { id: created.data.id, state };
    core.info(`GitHub Deployment ${created.data.id} (${ROLLBACK_TASK}) recorded: ${state}.`);
  } catch (error) {
    warn('record the rollback as a GitHub Deployment', error);
  }
  return result;
}

type Client = Awaited<ReturnType<typeof octokit>>;

/** The commit of the environment's deployment before this one (what a rollback brings back), else this one's. */
async function previousRelease(
  client: Client,
  repo: { owner: string; repo: string },
  original: { id: number; sha: string; environment: string },
): Promise<string> {
  const { data } = await client.rest.repos.listDeployments({
    ...repo,
    environment: original.environment,
    task: 'deploy',
    per_page: 30,
  });
  return data.find((deployment) => deployment.id < original.id)?.sha ?? original.sha;
}
