import { tmpdir } from 'node:os';
import { group, runAction, writeSummary, type Core } from '../lib/action.js';
import { safeUrl } from '../lib/http.js';
import { checkHealth, realDeps, type HealthResult } from './check.js';
import { readConfig } from './config.js';
import { describeProbe, healthReport, unhealthyStory } from './report.js';
import { rollbackAndVerify, type RollbackResult } from './rollback.js';
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
        if (check.tls.insecure) core.warning('insecure: true: TLS certificates are not verified, so any server can answer for these URLs.');
        const logProbe = (url: string, probe: ProbeResult) => core.info(probeLine(url, probe));

        const title = check.urls.length === 1 ? safeUrl(check.urls[0]!) : `${check.urls.length} URLs`;
        const health = await group(core, `Health check: ${title}`, () => checkHealth(check, realDeps(check, logProbe)));
        outputs.healthy = health.healthy;
        outputs.attempts = health.attempts;
        outputs['elapsed-ms'] = health.elapsedMs;
        outputs['status-code'] = health.statusCode === undefined ? '' : String(health.statusCode);
        const reportJson = context.secrets.redact(JSON.stringify(healthReport(health, check)));
        outputs.report = reportJson;

        let rollback: RollbackResult | undefined;
        if (!health.healthy) {
          rollback = await rollBack(health, reportJson);
          outputs['rolled-back'] = rollback.rolledBack;
          outputs['rollback-healthy'] = rollback.healthyAfter;
        }
        const verdict = finalVerdict(health, rollback, check, config.failOnUnhealthy);
        await writeSummary(context, summaryMarkdown(health, rollback, verdict, check));
        if (verdict.failed) throw new Error(verdict.message);
        if (verdict.level === 'warning') core.warning(verdict.message);
        else core.info(verdict.message);

        async function rollBack(failed: HealthResult, report: string): Promise<RollbackResult> {
          // The user's command gets the runner's environment, not this action's inputs (headers hold secrets).
          const childEnv: Record<string, string | undefined> = {};
          for (const name of Object.keys(context.env)) if (name.startsWith('INPUT_')) childEnv[name] = undefined;
          const rollbackContext = {
            reason: context.secrets.redact(unhealthyStory(failed, check)),
            reportJson: report,
            tempDir: context.env['RUNNER_TEMP'] || tmpdir(),
            env: childEnv,
            pollIntervalMs: check.intervalMs,
            log: (line: string) => core.info(line),
            redact: (text: string) => context.secrets.redact(text),
          };
          if (config.rollback.provider === 'none') return rollbackAndVerify(config.rollback, check, rollbackContext);
          return group(core, `Rollback (${config.rollback.provider})`, () =>
            rollbackAndVerify(config.rollback, check, rollbackContext, realDeps(check, logProbe)),
          );
        }
      },
    },
    core,
    env,
  );
}

/** `https://api.example.com/health #3: 503 in 12 ms: status: expected 200-299, saw 503` */
function probeLine(url: string, probe: ProbeResult): string {
  const head = `${safeUrl(url)} #${probe.attempt}: ${probe.status ?? 'no answer'} in ${probe.latencyMs} ms`;
  return probe.ok ? `${head}: ok` : `${head}: ${probe.status === undefined ? probe.error : describeProbe(probe)}`;
}
