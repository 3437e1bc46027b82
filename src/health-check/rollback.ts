import { checkHealth, type CheckConfig, type CheckDeps, type HealthResult } from './check.js';
import { cloudRunRollback, type CloudRunRollback } from './rollback-cloud-run.js';
import { commandRollback, type CommandRollback } from './rollback-command.js';
import { railwayRollback, type RailwayRollback } from './rollback-railway.js';
import { sshRollback, type SshRollback } from './rollback-ssh.js';
import { vercelRollback, type VercelRollback } from './rollback-vercel.js';

/**
 * Rolling back an unhealthy release. A provider is one small object: `describe` says what it will
 * do (for the log and the summary), `run` does it and reports honestly whether it worked. Adding a
 * provider (railway, vercel, cloud-run, ssh) is one file exporting a `RollbackProvider`, one member
 * of `RollbackConfig`, one entry in `PROVIDERS`, and its inputs read in config.ts.
 */

/** What every provider's config carries. */
export interface RollbackCommon {
  /** The release to return to (e.g. the deploy action's previous-deployment-id). */
  to?: string;
  timeoutMs: number;
  /** Check health again after a rollback that reported success. */
  verify: boolean;
}

export interface NoRollback extends RollbackCommon {
  provider: 'none';
}

export type RollbackConfig = NoRollback | CommandRollback | RailwayRollback | VercelRollback | CloudRunRollback | SshRollback;
export type RollbackProviderName = RollbackConfig['provider'];

/** What a provider is given when the release was judged unhealthy. */
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
}

export interface RollbackOutcome {
  /** The provider did what it was asked; never true on an error, a timeout or an unknown state. */
  ok: boolean;
  /**
   * What happened, as a phrase that follows the description: `exited with code 1 (curl: (22) …)`,
   * `timed out after 300000 ms and was stopped`, `was accepted in 1.2 s`.
   */
  detail: string;
  durationMs: number;
  /** Something the team must know after this rollback, for the summary (e.g. Vercel's auto-assignment is off). */
  note?: string;
}

export interface RollbackProvider<C extends RollbackConfig = RollbackConfig> {
  readonly name: C['provider'];
  /** What rolls back, as a noun phrase: `the rollback command (ROLLBACK_TO=dep_41)`. */
  describe(config: C): string;
  run(config: C, context: RollbackContext): Promise<RollbackOutcome>;
}

const noRollback: RollbackProvider<NoRollback> = {
  name: 'none',
  describe: () => 'no rollback (rollback: none)',
  run: async () => ({ ok: false, detail: 'did nothing', durationMs: 0 }),
};

type Registry = { [N in RollbackProviderName]: RollbackProvider<Extract<RollbackConfig, { provider: N }>> };

export const PROVIDERS: Registry = {
  none: noRollback,
  command: commandRollback,
  railway: railwayRollback,
  vercel: vercelRollback,
  'cloud-run': cloudRunRollback,
  ssh: sshRollback,
};

export const PROVIDER_NAMES = Object.keys(PROVIDERS) as RollbackProviderName[];

export function providerFor<C extends RollbackConfig>(config: C): RollbackProvider<C> {
  return PROVIDERS[config.provider] as unknown as RollbackProvider<C>;
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
  checkDeps?: CheckDeps,
): Promise<RollbackResult> {
  const provider = providerFor(config);
  const description = provider.describe(config);
  if (config.provider === 'none') return { provider: 'none', description, attempted: false, rolledBack: false, healthyAfter: false };
  const started = performance.now();
  let outcome: RollbackOutcome;
  try {
    outcome = await provider.run(config, context);
  } catch (error) {
    // The sentence goes on after the detail (", so the unhealthy release may still be serving").
    const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    outcome = { ok: false, detail: `failed: ${context.redact(message)}`, durationMs: Math.round(performance.now() - started) };
  }
  const result: RollbackResult = { provider: config.provider, description, attempted: true, outcome, rolledBack: outcome.ok, healthyAfter: false };
  if (!outcome.ok || !config.verify) return result;
  const verification = await checkHealth(check, checkDeps);
  return { ...result, verification, healthyAfter: verification.healthy };
}
