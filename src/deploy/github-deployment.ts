import type { RunContext } from '../lib/context.js';
import { messageOf } from '../lib/errors.js';
import { statusDescription } from '../lib/deployment-status.js';
import { GITHUB_REQUEST_TIMEOUT_MS, octokit } from '../lib/github.js';
import type { DeployConfig, DeployTarget } from './config.js';
import type { ProviderDeps } from '../providers/contract.js';

/** What recording a GitHub Deployment needs of deploy's effects. */
type RecordDeps = Pick<ProviderDeps, 'log' | 'redact'> & { run: RunContext };

/**
 * The optional GitHub Deployment record: created before the deploy (status in_progress, linked to
 * the run's log), finished with success or failure and the environment URL. A record that GitHub
 * refuses (a token without `deployments: write`) is a warning: it never fails the deploy itself.
 */

export interface GithubDeploymentRecord {
  id: number;
  client: Awaited<ReturnType<typeof octokit>>;
  owner: string;
  repo: string;
}

/** The environment the record goes in when `environment` is not given. */
export function githubEnvironment(config: Pick<DeployConfig, 'environment'>, target: DeployTarget): string {
  if (config.environment) return config.environment;
  if (target.provider === 'vercel') return target.production ? 'production' : 'preview';
  return 'production';
}

export async function startGithubDeployment(
  config: DeployConfig,
  target: DeployTarget,
  deps: RecordDeps,
): Promise<GithubDeploymentRecord | undefined> {
  if (!config.github) return undefined;
  const { run } = deps;
  try {
    const client = await octokit(config.github.token, run, Math.min(GITHUB_REQUEST_TIMEOUT_MS, config.timeoutMs));
    const environment = githubEnvironment(config, target);
    const created = await client.rest.repos.createDeployment({
      owner: run.owner,
      repo: run.repo,
      ref: run.sha || run.ref,
      environment,
      auto_merge: false,
      required_contexts: [],
      description: `deploy-kit: ${target.provider}`,
      production_environment: environment === 'production',
    });
    if (!('id' in created.data)) throw new Error(created.data.message ?? 'GitHub did not create the deployment');
    const record = { id: created.data.id, client, owner: run.owner, repo: run.repo };
    await client.rest.repos.createDeploymentStatus({
      owner: run.owner,
      repo: run.repo,
      deployment_id: record.id,
      state: 'in_progress',
      ...(run.runUrl ? { log_url: run.runUrl } : {}),
    });
    deps.log.info(`GitHub Deployment ${record.id} created in environment ${environment}`);
    return record;
  } catch (error) {
    deps.log.warning(
      'Could not record a GitHub Deployment (the deploy goes on): ' +
        `${deps.redact(messageOf(error))}. The token needs deployments: write.`,
    );
    return undefined;
  }
}

export async function finishGithubDeployment(
  record: GithubDeploymentRecord,
  outcome: { ok: boolean; environmentUrl: string; description?: string | undefined },
  deps: RecordDeps,
): Promise<void> {
  try {
    await record.client.rest.repos.createDeploymentStatus({
      owner: record.owner,
      repo: record.repo,
      deployment_id: record.id,
      state: outcome.ok ? 'success' : 'failure',
      ...(deps.run.runUrl ? { log_url: deps.run.runUrl } : {}),
      ...(outcome.environmentUrl ? { environment_url: outcome.environmentUrl } : {}),
      description: statusDescription(outcome.description ?? 'Deployed'),
      auto_inactive: outcome.ok,
    });
  } catch (error) {
    deps.log.warning(`Could not update GitHub Deployment ${record.id}: ${deps.redact(messageOf(error))}`);
  }
}
