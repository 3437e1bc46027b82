import type { DeployRun } from '../contract.js';
import { parseScriptOutputs } from '../script-outputs.js';
import type { SshTarget } from './inputs.js';
import { BLUE_GREEN_DEPLOY, blueGreenEnv, RemoteScriptError, runRemoteScript } from './remote.js';

/**
 * The user's script on the host over ssh with a verified host key (and, with blue-green, the
 * blue-green script after it). Context, the optional token and the blue-green settings travel as
 * exports on stdin; the script may report outputs with `deploy-kit-output: name=value` lines.
 */
export async function deploySsh(target: SshTarget, context: DeployRun): Promise<void> {
  const { deps, progress } = context;
  const env: Record<string, string> = {
    ...context.contextEnv,
    ...(target.token ? { [target.tokenEnv]: target.token } : {}),
    ...(target.blueGreen ? blueGreenEnv(target.blueGreen) : {}),
  };
  const script = [target.script ?? '', target.blueGreen ? BLUE_GREEN_DEPLOY : ''].join('\n');
  try {
    const result = await runRemoteScript(target.host, {
      script,
      env,
      exec: deps.exec,
      timeoutMs: context.remainingMs(),
      redact: deps.redact,
      onLine: (line) => deps.log.info(line),
      tempDir: deps.tempDir,
    });
    Object.assign(progress, parseScriptOutputs(result.stdout));
  } catch (error) {
    if (error instanceof RemoteScriptError) Object.assign(progress, parseScriptOutputs(error.result.stdout));
    throw error;
  }
}
