import { safeUrl } from '../lib/http.js';
import { ICON, mdLink, mdTable, mdText } from '../lib/summary.js';
import type { BuildReport } from './builds.js';

/** Markdown for the job summary and the pull request comment, from plain data. */

export interface ReportInput {
  profile: string;
  builds: readonly BuildReport[];
  wait: boolean;
  failures: readonly string[];
  /** e.g. "eas-cli 24.8.0 (tool cache)" */
  easCli?: string;
}

const ICONS: Record<string, string> = { finished: ICON.pass, errored: ICON.fail, canceled: ICON.fail };

export function statusIcon(status: string): string {
  return ICONS[status] ?? ICON.wait;
}

/**
 * An artifact link only when its URL carries no query string: a signed URL is a credential, and the
 * build page links to the artifact anyway.
 */
function artifactCell(build: BuildReport): string {
  if (!build.artifactUrl) return build.status === 'finished' ? '' : 'not yet';
  const name = build.artifactUrl.split('?')[0]!.split('/').pop() || 'download';
  return safeUrl(build.artifactUrl) === build.artifactUrl ? mdLink(name, build.artifactUrl) : mdText(name);
}

function version(build: BuildReport): string {
  if (!build.appVersion) return '';
  return mdText(build.appBuildVersion ? `${build.appVersion} (${build.appBuildVersion})` : build.appVersion);
}

export function buildsTable(builds: readonly BuildReport[]): string {
  return mdTable(
    ['Platform', 'Profile', 'Version', 'Status', 'Build', 'Artifact'],
    builds.map((build) => [
      mdText(build.platform),
      mdText(build.profile),
      version(build),
      `${statusIcon(build.status)} ${mdText(build.status)}`,
      mdLink(build.id.slice(0, 8), build.buildUrl),
      artifactCell(build),
    ]),
  );
}

function headline(input: ReportInput): string {
  if (input.failures.length > 0) return `${ICON.fail} EAS build failed`;
  if (!input.wait) return `${ICON.wait} EAS build queued (not waited for)`;
  return `${ICON.pass} EAS build finished`;
}

export function summaryMarkdown(input: ReportInput): string {
  const lines = [`### ${headline(input)}`, '', buildsTable(input.builds)];
  if (input.failures.length > 0) lines.push('', ...input.failures.map((failure) => `- ${mdText(failure)}`));
  if (!input.wait) lines.push('', 'The build runs on EAS; follow it on its build page.');
  const downloaded = input.builds.filter((build) => build.artifactPath);
  if (downloaded.length > 0)
    lines.push('', `Downloaded: ${downloaded.map((build) => `\`${mdText(build.artifactPath)}\``).join(', ')}`);
  if (input.easCli) lines.push('', `<sub>${mdText(input.easCli)}</sub>`);
  return `${lines.join('\n')}\n`;
}

export function skippedMarkdown(notice: string): string {
  return `### ${ICON.skip} EAS build skipped\n\n${mdText(notice)}\n`;
}

export function commentMarkdown(input: ReportInput & { runUrl: string; sha: string }): string {
  const lines = [`#### ${headline(input)} for \`${mdText(input.sha.slice(0, 7))}\``, '', buildsTable(input.builds)];
  if (input.failures.length > 0) lines.push('', ...input.failures.map((failure) => `- ${mdText(failure)}`));
  if (input.runUrl)
    lines.push('', `<sub>${mdLink('Workflow run', input.runUrl)} · updated by deploy-kit eas-build</sub>`);
  return lines.join('\n');
}
