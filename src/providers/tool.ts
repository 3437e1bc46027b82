import type { InstallDeps } from '../lib/cli-install.js';
import type { ExecResult } from '../lib/exec.js';
import type { DeployRun } from './contract.js';

/** Runs a provider's tool with its output streamed (redacted) to the log and the time left as its deadline. */
export function runLogged(
  context: DeployRun,
  command: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
  options: { cwd?: string; logStdout?: boolean } = {},
): Promise<ExecResult> {
  const { deps } = context;
  return deps.exec({
    command,
    args,
    cwd: options.cwd ?? context.workingDirectory,
    env,
    timeoutMs: context.remainingMs(),
    redact: deps.redact,
    onLine: (line, stream) => {
      if (stream === 'stderr' || options.logStdout !== false) deps.log.info(line);
    },
  });
}

export function installDeps(context: DeployRun): InstallDeps {
  const { deps } = context;
  return {
    exec: (request) => deps.exec({ ...request, redact: deps.redact }),
    searchPath: deps.searchPath,
    tempDir: deps.tempDir,
    log: deps.log.info,
    timeoutMs: context.remainingMs(),
  };
}
