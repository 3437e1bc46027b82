import type { ConfigContext } from '../lib/action.js';
import { ConfigError } from '../lib/errors.js';
import { secretGate } from '../lib/gate.js';
import { type Inputs, optionalHttpUrl, orList } from '../lib/inputs.js';
import { type DeployTarget, PROVIDER_NAMES, providerFor, type ProviderName } from '../providers/registry.js';

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
  /**
   * The deploy secret is missing: skip, saying why. Provider inputs are then not read (forks lack
   * secrets, and many of them come from secrets too).
   */
  skip?: { reason: string; notice: string };
  /** What to deploy, with its secret; present whenever `skip` is not. */
  target?: DeployTarget;
}

export function readConfig(inputs: Inputs, { run }: ConfigContext): DeployConfig {
  const provider = inputs.enum('provider', PROVIDERS);
  if (provider === undefined)
    throw new ConfigError(`Input "provider" is required: give one of ${orList(PROVIDERS, 'or')}.`);
  const required = inputs.boolean('require-token', false);
  const token = inputs.secret('token');
  const chosen = providerFor(provider);
  const gateSpec = chosen.deployGate(inputs);
  const gate = secretGate({
    ...gateSpec,
    value: gateSpec.input === 'token' ? token : inputs.secret(gateSpec.input),
    required,
  });

  const githubToken = inputs.secret('github-token');
  const config: DeployConfig = {
    provider,
    environment: inputs.optional('environment'),
    workingDirectory: inputs.string('working-directory', '.'),
    timeoutMs: inputs.duration('timeout', 30 * 60_000, { min: 1000 }),
    pollIntervalMs: inputs.duration('poll-interval', 5000, { min: 100, max: 5 * 60_000 }),
    github: githubToken
      ? { token: githubToken, environmentUrl: optionalHttpUrl(inputs, 'environment-url') }
      : undefined,
  };
  if (!gate.open) return { ...config, skip: { reason: gate.reason, notice: gate.notice } };

  const given = { secret: gate.secret, token, environment: config.environment, repo: run.repo };
  return { ...config, target: chosen.readDeployTarget(inputs, given) };
}
