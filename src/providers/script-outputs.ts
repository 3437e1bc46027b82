import type { Progress } from './contract.js';

/**
 * Values a deploy script reports by printing `deploy-kit-output: name=value` lines (the `command`
 * and `ssh` providers, and the blue-green script): deployment-id, previous-deployment-id, url, status.
 */
const FIELDS: Record<string, keyof Progress> = {
  'deployment-id': 'deploymentId',
  'previous-deployment-id': 'previousDeploymentId',
  url: 'url',
  status: 'status',
};

export function parseScriptOutputs(stdout: string): Progress {
  const values: Progress = {};
  for (const [, name, value] of stdout.matchAll(/^deploy-kit-output: ([a-z-]+)=(.*)$/gm)) {
    const field = FIELDS[name ?? ''];
    if (field && value?.trim()) values[field] = value.trim();
  }
  return values;
}
