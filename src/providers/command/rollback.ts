import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bashScriptArgs, describeExit, lastLines, SpawnError } from '../../lib/exec.js';
import { formatDuration } from '../../lib/summary.js';
import type { RollbackProvider } from '../contract.js';
import type { CommandRollback } from './inputs.js';

/**
 * `rollback: command`: the user's own script, run like a `run:` step with `bash -c`, the script as
 * one argv element. What it needs to know travels in environment variables, never in the script:
 * ROLLBACK_TO (the release to return to), HEALTH_REPORT (path of the JSON report) and
 * HEALTH_REASON (why the release was judged unhealthy, one line).
 */
export const commandRollback: RollbackProvider<CommandRollback> = {
  describe: (config) => `the rollback command${config.to ? ` (ROLLBACK_TO=${config.to})` : ''}`,
  async rollback(config, context) {
    const { deps } = context;
    const reportPath = join(deps.tempDir, `health-report-${process.pid}-${Date.now()}.json`);
    writeFileSync(reportPath, context.reportJson);
    try {
      const result = await deps.exec({
        command: 'bash',
        args: bashScriptArgs(config.command),
        env: { ROLLBACK_TO: config.to ?? '', HEALTH_REPORT: reportPath, HEALTH_REASON: context.reason },
        timeoutMs: config.timeoutMs,
        onLine: (line) => deps.log.info(line),
        redact: deps.redact,
      });
      const ok = result.exitCode === 0 && !result.timedOut;
      const ended = describeExit(result, config.timeoutMs);
      const tail = ok ? '' : lastLines(result.stderr, 1) || lastLines(result.stdout, 1);
      return {
        ok,
        detail: `${ended}${ok ? ` in ${formatDuration(result.durationMs)}` : ''}${tail ? ` (${tail})` : ''}`,
        durationMs: result.durationMs,
      };
    } catch (error) {
      if (error instanceof SpawnError) return { ok: false, detail: `could not start: ${error.message}`, durationMs: 0 };
      throw error;
    }
  },
};
