import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNpmCli, type NpmCli } from '../../lib/cli-install.js';
import { toolFailure } from '../../lib/exec.js';
import type { DeployRun } from '../contract.js';
import { installDeps, runLogged } from '../tool.js';
import { currentVercelProduction, getVercelDeployment, parseVercelDeployOutput, type VercelApi } from './api.js';
import type { VercelTarget } from './inputs.js';

/** The Vercel CLI version installed when the runner has none (the one test/fixtures/vercel follows). */
export const VERCEL_CLI: NpmCli = { bin: 'vercel', packageName: 'vercel', version: '58.4.4' };

/**
 * `vercel deploy [--prebuilt] [--prod] --yes --format=json` with VERCEL_TOKEN (and the project
 * link) in the environment; the production deployment it replaces is read from the REST API first.
 */
export async function deployVercel(target: VercelTarget, context: DeployRun): Promise<void> {
  const { deps, progress } = context;
  const linked = readLinkedProject(context.workingDirectory);
  const projectId = target.projectId ?? linked?.projectId;
  const orgId = target.orgId ?? linked?.orgId;
  const api: VercelApi = { url: target.apiUrl, token: target.token, teamId: orgId, http: context.http };

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
  if (!output.id && output.url) {
    const deployment = await getVercelDeployment(api, output.url);
    progress.deploymentId = deployment.id;
    progress.status = deployment.readyState;
  }
  if (!progress.url) throw new Error('vercel deploy succeeded but printed no deployment URL.');
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
