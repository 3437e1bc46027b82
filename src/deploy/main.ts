import { type ActionContext, defineAction, group, writeSummary } from '../lib/action.js';
import { messageOf } from '../lib/errors.js';
import { readConfig } from './config.js';
import { deploy, type DeployResult } from './deploy.js';
import { deployDeps } from './deps.js';
import { DEPLOY_OUTCOME } from './outputs.js';
import { deploySummary } from './summary.js';

const OUTPUTS = {
  ...DEPLOY_OUTCOME,
  'duration-ms': 0,
  status: '',
  'github-deployment-id': '',
};
type Outputs = typeof OUTPUTS;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, title: 'Deploy', main });

export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  let config;
  try {
    config = readConfig(context.inputs, context);
  } catch (error) {
    outputs.reason = messageOf(error);
    throw error;
  }
  const result = await group(context.core, `Deploy (${config.provider})`, () => deploy(config, deployDeps(context)));
  Object.assign(outputs, toOutputs(result));
  if (result.notice) context.core.notice(result.notice);
  await writeSummary(context, deploySummary(result));
  if (result.error) throw new Error(result.error);
}

function toOutputs(result: DeployResult): Outputs {
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
