import type { RunContext } from '../lib/context.js';
import { messageOf } from '../lib/errors.js';
import type { DeployRun, ProviderDeps, Progress } from '../providers/contract.js';
import { providerFor, type ProviderName } from '../providers/registry.js';
import { startProviderRun } from '../providers/run.js';
import type { DeployConfig } from './config.js';
import { finishGithubDeployment, startGithubDeployment } from './github-deployment.js';

/**
 * The effects deploy needs, injected (the action passes the real ones; the pipeline reuses them): a
 * provider's, and the run.
 */
export interface DeployDeps extends ProviderDeps {
  run: RunContext;
  /** The step's workspace (GITHUB_WORKSPACE): what a relative working-directory is relative to. */
  workspace: string;
}

/** What the deploy did, for outputs and the summary. */
export interface DeployResult {
  provider: ProviderName;
  environment?: string | undefined;
  deployed: boolean;
  skipped: boolean;
  /** Why it was skipped or failed ('' on success). */
  reason: string;
  deploymentId: string;
  /** What a rollback returns to: the deployment that was live before this one. */
  previousDeploymentId: string;
  url: string;
  status: string;
  durationMs: number;
  githubDeploymentId: string;
  /** The skip notice. */
  notice?: string;
  /** Set when the deploy failed: one sentence. */
  error?: string;
}

export async function deploy(config: DeployConfig, deps: DeployDeps): Promise<DeployResult> {
  const result: DeployResult = {
    provider: config.provider,
    environment: config.environment,
    deployed: false,
    skipped: false,
    reason: '',
    deploymentId: '',
    previousDeploymentId: '',
    url: '',
    status: '',
    durationMs: 0,
    githubDeploymentId: '',
  };
  if (config.skip || !config.target) {
    return {
      ...result,
      skipped: true,
      reason: config.skip?.reason ?? 'nothing to deploy',
      status: 'skipped',
      ...(config.skip ? { notice: config.skip.notice } : {}),
    };
  }
  const target = config.target;
  const started = deps.clock.now();
  const progress: Progress = {};
  const context: DeployRun = {
    ...startProviderRun(deps, config.timeoutMs, config.pollIntervalMs),
    progress,
    environment: config.environment,
    workingDirectory: config.workingDirectory,
    workspace: deps.workspace,
    contextEnv: contextEnv(config, deps.run),
  };
  const record = config.github ? await startGithubDeployment(config, target, deps) : undefined;
  let error: string | undefined;
  try {
    await providerFor(target.provider).deploy(target, context);
  } catch (thrown) {
    error = deps.redact(messageOf(thrown));
  }
  const url = config.github?.environmentUrl ?? progress.url ?? '';
  if (record)
    await finishGithubDeployment(record, { ok: error === undefined, environmentUrl: url, description: error }, deps);
  return {
    ...result,
    deployed: error === undefined,
    reason: error ?? '',
    deploymentId: progress.deploymentId ?? '',
    previousDeploymentId: progress.previousDeploymentId ?? '',
    url: progress.url ?? '',
    status: progress.status ?? (error === undefined ? 'deployed' : 'failed'),
    durationMs: Math.round(deps.clock.now() - started),
    githubDeploymentId: record ? String(record.id) : '',
    ...(error === undefined ? {} : { error }),
  };
}

function contextEnv(config: DeployConfig, run: RunContext): Record<string, string> {
  return {
    DEPLOY_PROVIDER: config.provider,
    DEPLOY_ENVIRONMENT: config.environment ?? '',
    DEPLOY_REPOSITORY: run.repository,
    DEPLOY_SHA: run.sha,
    DEPLOY_REF: run.ref,
    DEPLOY_RUN_URL: run.runUrl,
  };
}
