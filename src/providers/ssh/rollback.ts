import { describeExit, lastLines, SpawnError } from '../../lib/exec.js';
import { formatDuration } from '../../lib/summary.js';
import type { RollbackProvider } from '../contract.js';
import type { SshRollback } from './inputs.js';
import { RemoteScriptError, type RemoteRun, rollbackBlueGreen, runRemoteScript, type SshHost } from './remote.js';

const where = (host: SshHost) => `${host.user}@${host.host}:${host.port}`;

/**
 * `rollback: ssh`, over OpenSSH with the host key verified against known-hosts. Either
 * `rollback-command` runs on the host (bash, `set -eo pipefail`, the script on stdin with
 * ROLLBACK_TO and HEALTH_REASON exported before it), or, with `blue-green: true`, the deploy
 * action's blue-green rollback switches traffic back to the `rollback-to` colour (the deploy's
 * previous-deployment-id): it starts that colour, checks it on the host, runs switch-script and
 * stops the colour that failed.
 */
export const sshRollback: RollbackProvider<SshRollback> = {
  describe: (config) =>
    config.blueGreen
      ? `the blue-green rollback on ${where(config.host)} to the ${config.to ?? '(not given)'} colour`
      : `the rollback command on ${where(config.host)}${config.to ? ` (ROLLBACK_TO=${config.to})` : ''}`,
  async rollback(config, context) {
    const { deps } = context;
    const run: Omit<RemoteRun, 'script'> = {
      env: { ROLLBACK_TO: config.to ?? '', HEALTH_REASON: context.reason },
      exec: deps.exec,
      timeoutMs: config.timeoutMs,
      redact: deps.redact,
      onLine: (line) => deps.log.info(line),
      tempDir: deps.tempDir,
    };
    try {
      const result = config.blueGreen
        ? await rollbackBlueGreen(
            config.host,
            { ...config.blueGreen, keepOld: true, pull: false },
            config.to ?? '',
            run,
          )
        : await runRemoteScript(config.host, { ...run, script: config.command ?? '' });
      const done = config.blueGreen ? `switched traffic back to ${config.to}` : 'exited with code 0';
      return { ok: true, detail: `${done} in ${formatDuration(result.durationMs)}`, durationMs: result.durationMs };
    } catch (error) {
      if (error instanceof RemoteScriptError) {
        const { result } = error;
        // 255 is ssh's own failure (host key, login, connection): its sentence says which.
        if (result.exitCode === 255)
          return { ok: false, detail: `could not run: ${error.message}`, durationMs: result.durationMs };
        const tail = lastLines(result.stderr, 1) || lastLines(result.stdout, 1);
        return {
          ok: false,
          detail: `${describeExit(result, config.timeoutMs)}${tail ? ` (${tail})` : ''}`,
          durationMs: result.durationMs,
        };
      }
      if (error instanceof SpawnError) return { ok: false, detail: `failed: ${error.message}`, durationMs: 0 };
      throw error;
    }
  },
};
