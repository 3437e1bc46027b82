import type { RunContext } from '../lib/context.js';
import { messageOf } from '../lib/errors.js';
import type { ExecRequest, ExecResult } from '../lib/exec.js';
import type { Clock } from '../lib/poll.js';
import type { DeployConfig, DeployTarget, Provider } from './config.js';
import { finishGithubDeployment, startGithubDeployment } from './github-deployment.js';
import { deployCloudRun } from './providers/cloud-run.js';
import { deployCommand } from './providers/command.js';
import { deployRailway } from './providers/railway.js';
import { deploySsh } from './providers/ssh.js';
import { deployVercel } from './providers/vercel.js';

/** The effects deploy needs, injected (the action passes the real ones; the pipeline reuses them). */
export interface DeployDeps {
  exec: (request: ExecRequest) => Promise<ExecResult>;
  clock: Clock;
  run: RunContext;
  /** Removes every known secret from text we write. */
  redact: (text: string) => string;
  log: { info(line: string): void; warning(line: string): void };
  /** The run's PATH, searched for CLIs before installing them. */
  searchPath: string;
  /** Scratch space (RUNNER_TEMP): temp files with keys and credentials, CLI installs. */
  tempDir: string;
}

/** What the deploy did, for outputs and the summary. */
export interface DeployResult {
  provider: Provider;
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

/** What a provider has learnt so far: kept when it fails half-way (e.g. the id of a failed build). */
export interface Progress {
  deploymentId?: string | undefined;
  previousDeploymentId?: string | undefined;
  url?: string | undefined;
  status?: string | undefined;
}

export interface ProviderContext {
  config: DeployConfig;
  deps: DeployDeps;
  progress: Progress;
  /** Milliseconds left of the `timeout` budget (at least one second). */
  remainingMs(): number;
  /** DEPLOY_* variables describing the run, for commands and scripts. */
  contextEnv: Record<string, string>;
}

type ProviderRun<T extends DeployTarget> = (target: T, context: ProviderContext) => Promise<void>;

const PROVIDER_RUNS: { [P in Provider]: ProviderRun<Extract<DeployTarget, { provider: P }>> } = {
  railway: deployRailway,
  vercel: deployVercel,
  'cloud-run': deployCloudRun,
  ssh: deploySsh,
  command: deployCommand,
};

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
    return { ...result, skipped: true, reason: config.skip?.reason ?? 'nothing to deploy', status: 'skipped', ...(config.skip ? { notice: config.skip.notice } : {}) };
  }
  const target = config.target;
  const started = deps.clock.now();
  const progress: Progress = {};
  const context: ProviderContext = {
    config,
    deps,
    progress,
    remainingMs: () => Math.max(1000, started + config.timeoutMs - deps.clock.now()),
    contextEnv: contextEnv(config, deps.run),
  };
  const record = config.github ? await startGithubDeployment(config, target, deps) : undefined;
  let error: string | undefined;
  try {
    await (PROVIDER_RUNS[target.provider] as ProviderRun<DeployTarget>)(target, context);
  } catch (thrown) {
    error = deps.redact(messageOf(thrown));
  }
  const url = config.github?.environmentUrl ?? progress.url ?? '';
  if (record) await finishGithubDeployment(record, { ok: error === undefined, environmentUrl: url, description: error }, deps);
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

