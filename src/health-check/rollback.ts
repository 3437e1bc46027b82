import type { Effects } from '../lib/action.js';
import type { RollbackCommon, RollbackOutcome, RollbackProvider, RollbackRun } from '../providers/contract.js';
import {
  PROVIDER_NAMES as PROVIDERS_IN_REGISTRY,
  providerFor as registeredProvider,
  type RollbackTarget,
} from '../providers/registry.js';
import { startProviderRun } from '../providers/run.js';
import { checkHealth, type CheckConfig, type CheckDeps, type HealthResult } from './check.js';

/**
 * Rolling back an unhealthy release with a provider from src/providers/registry.ts: `describe`
 * says what it will do (for the log and the summary), `rollback` does it and reports honestly
 * whether it worked. `none` is health-check's own: it does nothing.
 */

export type { RollbackCommon, RollbackOutcome } from '../providers/contract.js';

export interface NoRollback extends RollbackCommon {
  provider: 'none';
}

export type RollbackConfig = NoRollback | RollbackTarget;
export type RollbackProviderName = RollbackConfig['provider'];

/** What the caller gives when the release was judged unhealthy (the provider gets it as a RollbackRun). */
export interface RollbackContext {
  /** Why the release was judged unhealthy, one line, secrets redacted. */
  reason: string;
  /** The health report (the `report` output), JSON, secrets redacted. */
  reportJson: string;
  /** A directory the provider may write files into (RUNNER_TEMP). */
  tempDir: string;
  /** How often a provider polls a rollback's progress (the check's interval). */
  pollIntervalMs: number;
  log(line: string): void;
  redact(text: string): string;
  /** The step's child processes, clock and HTTP client (the action context's). */
  effects: Pick<Effects, 'exec' | 'clock' | 'http'>;
  /** The step's PATH, searched for CLIs before installing them. */
  searchPath: string;
}

const noRollback: RollbackProvider<NoRollback> = {
  describe: () => 'no rollback (rollback: none)',
  rollback: async () => ({ ok: false, detail: 'did nothing', durationMs: 0 }),
};

/** The `rollback` input's values: none, the runner's own command, then the hosted providers. */
export const PROVIDER_NAMES: RollbackProviderName[] = [
  'none',
  'command',
  ...PROVIDERS_IN_REGISTRY.filter((name) => name !== 'command'),
];

export function providerFor<C extends RollbackConfig>(config: C): RollbackProvider<C> {
  return (config.provider === 'none'
    ? noRollback
    : registeredProvider(config.provider)) as unknown as RollbackProvider<C>;
}

export interface RollbackResult {
  provider: RollbackProviderName;
  /** What the provider said it would do. */
  description: string;
  /** A rollback was tried (false for `none`). */
  attempted: boolean;
  outcome?: RollbackOutcome;
  /** The health check after a successful rollback, when verify is on. */
  verification?: HealthResult;
  /** The rollback ran and reported success. */
  rolledBack: boolean;
  /** The rolled-back release passed the health check; false when unproven or not tried. */
  healthyAfter: boolean;
}

/**
 * Roll back with the configured provider, then (when it reports success and verify is on) check
 * health again with the same policy. A rollback that fails, times out or throws is never success.
 */
export async function rollbackAndVerify(
  config: RollbackConfig,
  check: CheckConfig,
  context: RollbackContext,
  checkDeps: CheckDeps,
): Promise<RollbackResult> {
  const provider = providerFor(config);
  const description = provider.describe(config);
  if (config.provider === 'none')
    return { provider: 'none', description, attempted: false, rolledBack: false, healthyAfter: false };
  const started = performance.now();
  let outcome: RollbackOutcome;
  try {
    outcome = await provider.rollback(config, rollbackRun(config, context));
  } catch (error) {
    // The sentence goes on after the detail (", so the unhealthy release may still be serving").
    const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    outcome = {
      ok: false,
      detail: `failed: ${context.redact(message)}`,
      durationMs: Math.round(performance.now() - started),
    };
  }
  const result: RollbackResult = {
    provider: config.provider,
    description,
    attempted: true,
    outcome,
    rolledBack: outcome.ok,
    healthyAfter: false,
  };
  if (!outcome.ok || !config.verify) return result;
  const verification = await checkHealth(check, checkDeps);
  return { ...result, verification, healthyAfter: verification.healthy };
}

function rollbackRun(config: RollbackConfig, context: RollbackContext): RollbackRun {
  const deps = {
    exec: context.effects.exec,
    clock: context.effects.clock,
    http: context.effects.http,
    log: { info: context.log, warning: context.log },
    redact: context.redact,
    tempDir: context.tempDir,
    searchPath: context.searchPath,
  };
  return {
    ...startProviderRun(deps, config.timeoutMs, context.pollIntervalMs),
    reason: context.reason,
    reportJson: context.reportJson,
  };
}
