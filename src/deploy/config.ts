import type { RunContext } from '../lib/context.js';
import { ConfigError } from '../lib/errors.js';
import { secretGate } from '../lib/gate.js';
import { type Inputs, invalidValue, optionalHttpUrl } from '../lib/inputs.js';
import { readCloudRunTarget } from '../providers/cloud-run/inputs.js';
import { readCommandTarget } from '../providers/command/inputs.js';
import { readRailwayTarget, readRailwayTokenKind } from '../providers/railway/inputs.js';
import { type DeployTarget, PROVIDER_NAMES, PROVIDERS as REGISTRY, type ProviderName } from '../providers/registry.js';
import { readSshTarget } from '../providers/ssh/inputs.js';
import { ENV_NAME } from '../providers/ssh/remote.js';
import { readVercelTarget } from '../providers/vercel/inputs.js';

export type { DeployTarget } from '../providers/registry.js';

/**
 * The one place deploy's inputs are read. The pipeline (root action.yml) reuses these types and
 * `readConfig`, then calls `deploy(config, deps)`.
 */

export const PROVIDERS: readonly ProviderName[] = PROVIDER_NAMES;
export type Provider = ProviderName;

export interface DeployConfig {
  provider: Provider;
  /** The deploy environment (Railway environment, GitHub Deployment environment, DEPLOY_ENVIRONMENT). */
  environment?: string | undefined;
  workingDirectory: string;
  timeoutMs: number;
  pollIntervalMs: number;
  github?: { token: string; environmentUrl?: string | undefined } | undefined;
  /** The deploy secret is missing: skip, saying why. Provider inputs are then not read (forks lack secrets, and many of them come from secrets too). */
  skip?: { reason: string; notice: string };
  /** What to deploy, with its secret; present whenever `skip` is not. */
  target?: DeployTarget;
}

export function readConfig(inputs: Inputs, run: Pick<RunContext, 'repo'>): DeployConfig {
  const provider = inputs.enum('provider', PROVIDERS);
  if (provider === undefined) throw new ConfigError(`Input "provider" is required: give one of "railway", "vercel", "cloud-run", "ssh" or "command".`);
  const required = inputs.boolean('require-token', false);
  const token = inputs.secret('token');
  const sshKey = provider === 'ssh' ? inputs.secret('ssh-key') : undefined;
  const tokenKind = provider === 'railway' ? readRailwayTokenKind(inputs) : undefined;
  const tokenEnv = provider === 'command' || provider === 'ssh' ? envName(inputs, 'token-env') : undefined;

  const gateSpec = { ...REGISTRY[provider].gate };
  if (tokenKind === 'account') gateSpec.secretName = 'RAILWAY_API_TOKEN';
  if (provider === 'command' && tokenEnv) gateSpec.secretName = tokenEnv;
  const gate = secretGate({ ...gateSpec, value: provider === 'ssh' ? sshKey : token, required });

  const githubToken = inputs.secret('github-token');
  const config: DeployConfig = {
    provider,
    environment: inputs.optional('environment'),
    workingDirectory: inputs.string('working-directory', '.'),
    timeoutMs: inputs.duration('timeout', 30 * 60_000, { min: 1000 }),
    pollIntervalMs: inputs.duration('poll-interval', 5000, { min: 100, max: 5 * 60_000 }),
    github: githubToken ? { token: githubToken, environmentUrl: optionalHttpUrl(inputs, 'environment-url') } : undefined,
  };
  if (!gate.open) return { ...config, skip: { reason: gate.reason, notice: gate.notice } };

  switch (provider) {
    case 'railway':
      return { ...config, target: readRailwayTarget(inputs, gate.secret, tokenKind ?? 'project', config.environment) };
    case 'vercel':
      return { ...config, target: readVercelTarget(inputs, gate.secret) };
    case 'cloud-run':
      return { ...config, target: readCloudRunTarget(inputs, gate.secret) };
    case 'ssh':
      return { ...config, target: readSshTarget(inputs, gate.secret, token, tokenEnv ?? 'DEPLOY_TOKEN', run) };
    case 'command':
      return { ...config, target: readCommandTarget(inputs, gate.secret, tokenEnv ?? 'DEPLOY_TOKEN') };
  }
}

function envName(inputs: Inputs, name: string): string {
  const value = inputs.string(name, 'DEPLOY_TOKEN');
  if (!ENV_NAME.test(value)) throw invalidValue(name, value, 'expected an environment variable name such as FLY_API_TOKEN');
  return value;
}
