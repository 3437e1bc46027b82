import { formatDuration, ICON, mdLink, mdTable, mdText } from '../lib/summary.js';
import type { DeployResult } from './deploy.js';

const PROVIDER_NAMES: Record<DeployResult['provider'], string> = {
  railway: 'Railway',
  vercel: 'Vercel',
  'cloud-run': 'Cloud Run',
  ssh: 'SSH',
  command: 'command',
};

/** The job summary: what was deployed where, what a rollback returns to, or why nothing was. */
export function deploySummary(result: DeployResult): string {
  const provider = PROVIDER_NAMES[result.provider];
  if (result.skipped) {
    return `### ${ICON.skip} Deploy skipped (${provider})\n\n${mdText(result.notice ?? result.reason)}\n`;
  }
  const title = result.deployed
    ? `${ICON.pass} Deployed with ${provider}`
    : `${ICON.fail} Deploy with ${provider} failed`;
  const code = (value: string) => (value ? `\`${mdText(value).replace(/`/g, "'")}\`` : '—');
  const rows: [string, string][] = [
    ['Environment', result.environment ? mdText(result.environment) : '—'],
    ['Deployment', code(result.deploymentId)],
    ['Previous (rollback target)', code(result.previousDeploymentId)],
    ['URL', result.url ? mdLink(result.url, result.url) : '—'],
    ['Status', result.status ? mdText(result.status) : '—'],
    ['Duration', formatDuration(result.durationMs)],
  ];
  if (result.githubDeploymentId) rows.push(['GitHub Deployment', code(result.githubDeploymentId)]);
  const error = result.error ? `\n\n**Why:** ${mdText(result.error)}` : '';
  return `### ${title}\n\n${mdTable(['', ''], rows)}${error}\n`;
}
