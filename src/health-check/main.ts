import { tmpdir } from 'node:os';
import { type ActionContext, group, runAction, writeSummary, type Core } from '../lib/action.js';
import { recordCheckOutcome } from '../lib/deployment-status.js';
import { safeUrl } from '../lib/http.js';
import { checkHealth, realDeps, type CheckConfig, type HealthResult } from './check.js';
import { readConfig } from './config.js';
import { describeProbe, healthReport, unhealthyStory } from './report.js';
import { rollbackAndVerify, type RollbackConfig, type RollbackResult } from './rollback.js';
import { summaryMarkdown } from './summary.js';
import { finalVerdict } from './verdict.js';
import type { ProbeResult } from './poll.js';

const OUTPUTS = {
  healthy: false,
  attempts: 0,
  'elapsed-ms': 0,
  'status-code': '',
  'rolled-back': false,
  'rollback-healthy': false,
  report: '[]',
};

export function run(core: Core, env: Record<string, string | undefined> = process.env): Promise<void> {
  return runAction(
    {
      outputs: OUTPUTS,
      async main(context, outputs) {
        const config = readConfig(context.inputs, undefined, context.run);
        const { check } = config;
        const { health, reportJson, rollback } = await checkAndRollBack(check, config.rollback, context);
        await recordCheckOutcome(config.github, { health, rollback }, health.healthy ? '' : unhealthyStory(health, check), context);
        outputs.healthy = health.healthy;
        outputs.attempts = health.attempts;
        outputs['elapsed-ms'] = health.elapsedMs;
        outputs['status-code'] = health.statusCode === undefined ? '' : String(health.statusCode);
        outputs.report = reportJson;
        if (rollback) {
          outputs['rolled-back'] = rollback.rolledBack;
          outputs['rollback-healthy'] = rollback.healthyAfter;
        }
        const verdict = finalVerdict(health, rollback, check, config.failOnUnhealthy);
        await writeSummary(context, summaryMarkdown(health, rollback, verdict, check));
        if (verdict.failed) throw new Error(verdict.message);
        if (verdict.level === 'warning') core.warning(verdict.message);
        else core.info(verdict.message);
      },
    },
    core,
    env,
  );
}

export interface CheckOutcome {
  health: HealthResult;
  /** The `report` output: JSON per URL, secrets redacted. */
  reportJson: string;
  /** Present when the release was unhealthy (provider `none` included). */
  rollback?: RollbackResult;
}

/**
 * The action's work, shared with the pipeline: check health (a log group, one line per probe);
 * when unhealthy, roll back with the configured provider and check again.
 */
export async function checkAndRollBack(check: CheckConfig, rollbackConfig: RollbackConfig, context: ActionContext): Promise<CheckOutcome> {
  const { core } = context;
  if (check.tls.insecure) core.warning('insecure: true: TLS certificates are not verified, so any server can answer for these URLs.');
  const logProbe = (url: string, probe: ProbeResult) => core.info(probeLine(url, probe));

  const title = check.urls.length === 1 ? safeUrl(check.urls[0]!) : `${check.urls.length} URLs`;
  const health = await group(core, `Health check: ${title}`, () => checkHealth(check, realDeps(check, logProbe)));
  const reportJson = context.secrets.redact(JSON.stringify(healthReport(health, check)));
  if (health.healthy) return { health, reportJson };

  const rollbackContext = {
    reason: context.secrets.redact(unhealthyStory(health, check)),
    reportJson,
    tempDir: context.env['RUNNER_TEMP'] || tmpdir(),
    pollIntervalMs: check.intervalMs,
    log: (line: string) => core.info(line),
    redact: (text: string) => context.secrets.redact(text),
  };
  const rollback =
    rollbackConfig.provider === 'none'
      ? await rollbackAndVerify(rollbackConfig, check, rollbackContext)
      : await group(core, `Rollback (${rollbackConfig.provider})`, () =>
          rollbackAndVerify(rollbackConfig, check, rollbackContext, realDeps(check, logProbe)),
        );
  return { health, reportJson, rollback };
}

/** `https://api.example.com/health #3: 503 in 12 ms: status: expected 200-299, saw 503` */
function probeLine(url: string, probe: ProbeResult): string {
  const head = `${safeUrl(url)} #${probe.attempt}: ${probe.status ?? 'no answer'} in ${probe.latencyMs} ms`;
  return probe.ok ? `${head}: ok` : `${head}: ${probe.status === undefined ? probe.error : describeProbe(probe)}`;
}
