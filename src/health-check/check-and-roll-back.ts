import { tmpdir } from 'node:os';
import { type ActionContext, group } from '../lib/action.js';
import { safeUrl } from '../lib/http.js';
import { checkHealth, type CheckConfig, type HealthResult, realDeps } from './check.js';
import type { ProbeResult } from './probe-loop.js';
import { describeProbe, healthReport, unhealthyStory } from './report.js';
import { rollbackAndVerify, type RollbackConfig, type RollbackResult } from './rollback.js';

export interface CheckOutcome {
  health: HealthResult;
  /** The `report` output: JSON per URL, secrets redacted. */
  reportJson: string;
  /** Present when the release was unhealthy (provider `none` included). */
  rollback?: RollbackResult;
}

/**
 * health-check's work, shared with the pipeline: check health (a log group, one line per probe);
 * when unhealthy, roll back with the configured provider and check again. Probes go through the
 * context's HTTP client; every line through its redacting core.
 */
export async function checkAndRollBack(
  check: CheckConfig,
  rollbackConfig: RollbackConfig,
  context: Pick<ActionContext, 'core' | 'secrets' | 'env' | 'effects'>,
): Promise<CheckOutcome> {
  const { core, effects } = context;
  if (check.tls.insecure)
    core.warning('insecure: true: TLS certificates are not verified, so any server can answer for these URLs.');
  const logProbe = (url: string, probe: ProbeResult) => core.info(probeLine(url, probe));

  const title = check.urls.length === 1 ? safeUrl(check.urls[0]!) : `${check.urls.length} URLs`;
  const checkDeps = realDeps(check, logProbe, effects.http);
  const health = await group(core, `Health check: ${title}`, () => checkHealth(check, checkDeps));
  const reportJson = context.secrets.redact(JSON.stringify(healthReport(health, check)));
  if (health.healthy) return { health, reportJson };

  const rollbackContext = {
    reason: context.secrets.redact(unhealthyStory(health, check)),
    reportJson,
    tempDir: context.env['RUNNER_TEMP'] || tmpdir(),
    pollIntervalMs: check.intervalMs,
    log: (line: string) => core.info(line),
    redact: (text: string) => context.secrets.redact(text),
    effects,
    searchPath: context.env['PATH'] ?? '',
  };
  const rollback =
    rollbackConfig.provider === 'none'
      ? await rollbackAndVerify(rollbackConfig, check, rollbackContext, checkDeps)
      : await group(core, `Rollback (${rollbackConfig.provider})`, () =>
          rollbackAndVerify(rollbackConfig, check, rollbackContext, checkDeps),
        );
  return { health, reportJson, rollback };
}

/** `https://api.example.com/health #3: 503 in 12 ms: status: expected 200-299, saw 503` */
function probeLine(url: string, probe: ProbeResult): string {
  const head = `${safeUrl(url)} #${probe.attempt}: ${probe.status ?? 'no answer'} in ${probe.latencyMs} ms`;
  return probe.ok ? `${head}: ok` : `${head}: ${probe.status === undefined ? probe.error : describeProbe(probe)}`;
}
