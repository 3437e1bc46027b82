import { describeExit, execute, lastLines, SpawnError } from '../lib/exec.js';
import type { BlueGreenLayout } from '../lib/provider-inputs.js';
import { RemoteScriptError, type RemoteRun, rollbackBlueGreen, runRemoteScript, type SshHost } from '../lib/ssh.js';
import { formatDuration } from '../lib/summary.js';
import type { RollbackCommon, RollbackProvider } from './rollback.js';

/**
 * `rollback: ssh`, over OpenSSH with the host key verified against known-hosts. Either
 * `rollback-command` runs on the host (bash, `set -eo pipefail`, the script on stdin with
 * ROLLBACK_TO and HEALTH_REASON exported before it), or, with `blue-green: true`, the deploy
 * action's blue-green rollback switches traffic back to the `rollback-to` colour (the deploy's
 * previous-deployment-id): it starts that colour, checks it on the host, runs switch-script and
 * stops the colour that failed.
 */
export interface SshRollback extends RollbackCommon {
  provider: 'ssh';
  host: SshHost;
  command?: string | undefined;
  blueGreen?: BlueGreenLayout | undefined;
}

const where = (host: SshHost) => `${host.user}@${host.host}:${host.port}`;

export const sshRollback: RollbackProvider<SshRollback> = {
  name: 'ssh',
  describe: (config) =>
    config.blueGreen
      ? `the blue-green rollback on ${where(config.host)} to the ${config.to ?? '(not given)'} colour`
      : `the rollback command on ${where(config.host)}${config.to ? ` (ROLLBACK_TO=${config.to})` : ''}`,
  async run(config, context) {
    const run: Omit<RemoteRun, 'script'> = {
      env: { ROLLBACK_TO: config.to ?? '', HEALTH_REASON: context.reason },
      exec: execute,
      timeoutMs: config.timeoutMs,
      redact: context.redact,
      onLine: (line) => context.log(line),
      tempDir: context.tempDir,
    };
    try {
      const result = config.blueGreen
        ? await rollbackBlueGreen(config.host, { ...config.blueGreen, keepOld: true, pull: false }, config.to ?? '', run)
        : await runRemoteScript(config.host, { ...run, script: config.command ?? '' });
      const done = config.blueGreen ? `switched traffic back to ${config.to}` : 'exited with code 0';
      return { ok: true, detail: `${done} in ${formatDuration(result.durationMs)}`, durationMs: result.durationMs };
    } catch (error) {
      if (error instanceof RemoteScriptError) {
        const { result } = error;
        // 255 is ssh's own failure (host key, login, connection): its sentence says which.
        if (result.exitCode === 255) return { ok: false, detail: `could not run: ${error.message}`, durationMs: result.durationMs };
        const tail = lastLines(result.stderr, 1) || lastLines(result.stdout, 1);
        return { ok: false, detail: `${describeExit(result, config.timeoutMs)}${tail ? ` (${tail})` : ''}`, durationMs: result.durationMs };
      }
      if (error instanceof SpawnError) return { ok: false, detail: `failed: ${error.message}`, durationMs: 0 };
      throw error;
    }
  },
};
