import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNpmCli, type NpmCli } from '../../lib/cli-install.js';
import { messageOf } from '../../lib/errors.js';
import { currentVercelProduction, getVercelDeployment, parseVercelDeployOutput, type VercelApi, vercelRequest } from '../../lib/vercel.js';
import type { VercelTarget } from '../config.js';
import type { ProviderContext } from '../deploy.js';
import { installDeps, runLogged } from './tool.js';
import { describeExit, type ExecResult, lastLines, toolFailure } from '../../lib/exec.js';

/** The Vercel CLI version installed when the runner has none (the one ../shared/fixtures/vercel follows). */
export const VERCEL_CLI: NpmCli = { bin: 'vercel', packageName: 'vercel', version: '58.4.4' };

/**
 * `vercel deploy [--prebuilt] [--prod] --yes --format=json` with VERCEL_TOKEN (and the project
 * link) in the environment; the production deployment it replaces is read from the REST API first.
 */
export async function deployVercel(target: VercelTarget, context: ProviderContext): Promise<void> {
  const { config, deps, progress } = context;
  const linked = readLinkedProject(config.workingDirectory);
  const projectId = target.projectId ?? linked?.projectId;
  const orgId = target.orgId ?? linked?.orgId;
  const api: VercelApi = { url: target.apiUrl, token: target.token, teamId: orgId, timeoutMs: Math.min(30_000, context.remainingMs()) };

  if (target.production && projectId) {
    const current = await currentVercelProduction(api, projectId);
    progress.previousDeploymentId = current?.id;
    deps.log.info(current ? `Production deployment before this one: ${current.id} (https://${current.url})` : 'No production deployment yet');
  } else if (target.production) {
    deps.log.warning('No Vercel project id (vercel-project-id or .vercel/project.json): previous-deployment-id stays empty.');
  }

  const cli = await ensureNpmCli(VERCEL_CLI, installDeps(context));
  const args = ['deploy', ...(target.prebuilt ? ['--prebuilt'] : []), ...(target.production ? ['--prod'] : []), '--yes', '--format=json'];
  const env: Record<string, string | undefined> = {
    VERCEL_TOKEN: target.token,
    ...(orgId && projectId ? { VERCEL_ORG_ID: orgId, VERCEL_PROJECT_ID: projectId } : {}),
  };
  const result = await runLogged(context, cli.path, args, env, { logStdout: false });
  const output = parseVercelDeployOutput(result.stdout);
  progress.deploymentId = output.id;
  progress.url = output.url;
  progress.status = output.readyState;
  if (result.exitCode !== 0) throw toolFailure('vercel deploy', result);
  if (!output.id && !output.url) throw new Error(await nothingDeployed(result, { ...api, timeoutMs: Math.min(10_000, context.remainingMs()) }));
  if (!output.id && output.url) {
    const deployment = await getVercelDeployment(api, output.url);
    progress.deploymentId = deployment.id;
    progress.status = deployment.readyState;
  }
  if (!progress.url) throw new Error(`vercel deploy printed deployment ${progress.deploymentId} but no URL for it.`);
  if (progress.status && progress.status !== 'READY') throw new Error(`Vercel deployment ${progress.deploymentId ?? progress.url} is ${progress.status}, not READY.`);
}

/** The project link `vercel link` writes, used when the ids are not given as inputs. */
function readLinkedProject(directory: string): { projectId?: string; orgId?: string } | undefined {
  try {
    const linked = JSON.parse(readFileSync(join(directory, '.vercel', 'project.json'), 'utf8')) as { projectId?: unknown; orgId?: unknown };
    return {
      ...(typeof linked.projectId === 'string' ? { projectId: linked.projectId } : {}),
      ...(typeof linked.orgId === 'string' ? { orgId: linked.orgId } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * The sentence for a `vercel deploy` that printed no deployment. Vercel CLI 58.4.4 does that and
 * exits 0 when it cannot reach Vercel while linking a project (its last words are "Loading teams…",
 * test/fixtures/vercel/real-offline), so exit code 0 is no success: the CLI's last line is quoted and
 * the cause is asked of Vercel's API directly with the same token (unreachable, or the token refused).
 */
async function nothingDeployed(result: ExecResult, api: VercelApi): Promise<string> {
  const last = lastLines(result.stderr, 1) || lastLines(result.stdout, 1);
  const said = `vercel deploy ${describeExit(result)} but deployed nothing: it printed no deployment${last ? `, and its last line was "${last}"` : ' and no message'}.`;
  try {
    await vercelRequest(api, 'GET', '/v2/user');
    return `${said} Vercel's API (${api.url}) accepts the token, so the cause is in the CLI's log above.`;
  } catch (error) {
    return `${said} Cause: ${messageOf(error)}`;
  }
}
