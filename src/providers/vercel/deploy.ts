import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureNpmCli, type NpmCli } from '../../lib/cli-install.js';
import { messageOf } from '../../lib/errors.js';
import { describeExit, type ExecResult, lastLines } from '../../lib/exec.js';
import type { DeployRun } from '../contract.js';
import { installDeps, runLogged } from '../tool.js';
import {
  currentVercelProduction,
  getVercelDeployment,
  parseVercelDeployOutput,
  type VercelApi,
  vercelRequest,
} from './api.js';
import type { VercelTarget } from './inputs.js';

/** The Vercel CLI version installed when the runner has none (the one test/fixtures/vercel follows). */
export const VERCEL_CLI: NpmCli = { bin: 'vercel', packageName: 'vercel', version: '58.4.4' };

/**
 * `vercel deploy [--prebuilt] [--prod] --yes --format=json` with VERCEL_TOKEN (and the project
 * link) in the environment; the production deployment it replaces is read from the REST API first.
 */
export async function deployVercel(target: VercelTarget, context: DeployRun): Promise<void> {
  const { deps, progress } = context;
  const linked = readLinkedProject(resolve(context.workspace, context.workingDirectory));
  const projectId = target.projectId ?? linked?.projectId;
  const orgId = target.orgId ?? linked?.orgId;
  const api: VercelApi = { url: target.apiUrl, token: target.token, teamId: orgId, http: context.http };

  if (target.production && projectId) {
    const current = await currentVercelProduction(api, projectId);
    progress.previousDeploymentId = current?.id;
    deps.log.info(
      current
        ? `Production deployment before this one: ${current.id} (https://${current.url})`
        : 'No production deployment yet',
    );
  } else if (target.production) {
    deps.log.warning(
      'No Vercel project id (vercel-project-id or .vercel/project.json): previous-deployment-id stays empty.',
    );
  }

  const cli = await ensureNpmCli(VERCEL_CLI, installDeps(context));
  const args = [
    'deploy',
    ...(target.prebuilt ? ['--prebuilt'] : []),
    ...(target.production ? ['--prod'] : []),
    '--yes',
    '--format=json',
  ];
  const env: Record<string, string | undefined> = {
    VERCEL_TOKEN: target.token,
    // No update check against npm: a network call a deploy does not need, whose failure offline
    // ends the CLI's stderr with a stack trace in place of its own error.
    NO_UPDATE_NOTIFIER: '1',
    ...(orgId && projectId ? { VERCEL_ORG_ID: orgId, VERCEL_PROJECT_ID: projectId } : {}),
  };
  const result = await runLogged(context, cli.path, args, env, { logStdout: false });
  const output = parseVercelDeployOutput(result.stdout);
  progress.deploymentId = output.id;
  progress.url = output.url;
  progress.status = output.readyState;
  if (result.exitCode !== 0 || (!output.id && !output.url)) {
    throw new Error(await deployFailure(result, api));
  }
  if (!output.id && output.url) {
    const deployment = await getVercelDeployment(api, output.url);
    progress.deploymentId = deployment.id;
    progress.status = deployment.readyState;
  }
  if (!progress.url) throw new Error(`vercel deploy printed deployment ${progress.deploymentId} but no URL for it.`);
  if (progress.status && progress.status !== 'READY')
    throw new Error(`Vercel deployment ${progress.deploymentId ?? progress.url} is ${progress.status}, not READY.`);
}

/** The project link `vercel link` writes, used when the ids are not given as inputs. */
function readLinkedProject(directory: string): { projectId?: string; orgId?: string } | undefined {
  try {
    const linked = JSON.parse(readFileSync(join(directory, '.vercel', 'project.json'), 'utf8')) as {
      projectId?: unknown;
      orgId?: unknown;
    };
    return {
      ...(typeof linked.projectId === 'string' ? { projectId: linked.projectId } : {}),
      ...(typeof linked.orgId === 'string' ? { orgId: linked.orgId } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The CLI's lines that tell nothing: its banner and the telemetry notice (`> NOTE: …`). */
const BANNER = /^(Vercel CLI \d|>\s)/;
/** vercel's own words when it could not reach Vercel (`TypeError: fetch failed` hides the cause). */
const UNREACHABLE = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up/;

/**
 * The sentence for a `vercel deploy` that deployed nothing: how it ended and its last own lines.
 * Exit code 0 is no success when stdout holds no deployment: Vercel CLI 58.4.4 on Node 20 (the
 * runner image's Node runs the CLI) exits 0 after "Loading teams…" when it cannot reach Vercel
 * (test/fixtures/vercel/real-offline). Then, or when vercel says only "fetch failed", the cause is
 * asked of Vercel's API directly with the same token: unreachable (and why), or the token refused.
 */
async function deployFailure(result: ExecResult, api: VercelApi): Promise<string> {
  const own = result.stderr
    .split('\n')
    .filter((line) => !BANNER.test(line))
    .join('\n');
  const said = lastLines(own, 3) || lastLines(result.stdout, 3);
  const ended =
    result.exitCode === 0
      ? 'exited with code 0 but deployed nothing (no deployment on its stdout)'
      : describeExit(result);
  const sentence = `vercel deploy ${ended}${said ? `: ${said}` : ''}`;
  if (result.exitCode !== 0 && !UNREACHABLE.test(result.stderr)) return sentence;
  const stop = /[.!?…]$/.test(sentence) ? '' : '.';
  try {
    await vercelRequest(api, 'GET', '/v2/user');
    return `${sentence}${stop} Vercel's API (${api.url}) accepts the token; the CLI's log above has the rest.`;
  } catch (error) {
    return `${sentence}${stop} Cause: ${messageOf(error)}`;
  }
}
