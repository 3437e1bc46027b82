import { tmpdir } from 'node:os';
import { type ActionContext, type Core, group, runAction, writeSummary } from '../lib/action.js';
import { messageOf } from '../lib/errors.js';
import { execute } from '../lib/exec.js';
import { realClock } from '../lib/poll.js';
import { readConfig } from './config.js';
import { deploy, type DeployDeps, type DeployResult } from './deploy.js';
import { deploySummary } from './summary.js';

const OUTPUTS = {
  deployed: false,
  skipped: false,
  reason: '',
  'deployment-id': '',
  'previous-deployment-id': '',
  url: '',
  'duration-ms': 0,
  status: '',
  'github-deployment-id': '',
};

export function run(core: Core, env: Record<string, string | undefined> = process.env): Promise<void> {
  return runAction(
    {
      outputs: OUTPUTS,
      title: 'Deploy',
      async main(context, outputs) {
        let config;
        try {
          config = readConfig(context.inputs, context.run);
        } catch (error) {
          outputs.reason = messageOf(error);
          throw error;
        }
        const result = await group(core, `Deploy (${config.provider})`, () => deploy(config, deployDeps(context)));
        Object.assign(outputs, toOutputs(result));
        if (result.notice) core.notice(result.notice);
        await writeSummary(context, deploySummary(result));
        if (result.error) throw new Error(result.error);
      },
    },
    core,
    env,
  );
}

export function deployDeps(context: ActionContext): DeployDeps {
  const { core, env } = context;
  return {
    exec: execute,
    clock: realClock,
    run: context.run,
    redact: (text) => context.secrets.redact(text),
    log: { info: (line) => core.info(line), warning: (line) => core.warning(line) },
    searchPath: env['PATH'] ?? '',
    tempDir: env['RUNNER_TEMP'] || tmpdir(),
  };
}

export function toOutputs(result: DeployResult): typeof OUTPUTS {
  return {
    deployed: result.deployed,
    skipped: result.skipped,
    reason: result.reason,
    'deployment-id': result.deploymentId,
    'previous-deployment-id': result.previousDeploymentId,
    url: result.url,
    'duration-ms': result.durationMs,
    status: result.status,
    'github-deployment-id': result.githubDeploymentId,
  };
}
