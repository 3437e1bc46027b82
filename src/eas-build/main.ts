import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type ActionContext, defineAction, group, writeSummary } from '../lib/action.js';
import { downloadFile } from '../lib/download.js';
import { stepDeadline } from '../lib/step-deadline.js';
import { ConfigError, messageOf } from '../lib/errors.js';
import { describeExit, type ExecResult, lastLines, showCommand } from '../lib/exec.js';
import { commentOnPullRequest } from '../lib/github.js';
import { safeUrl } from '../lib/http.js';
import {
  artifactFileName,
  type BuildReport,
  buildFailures,
  type EasBuild,
  EasOutputError,
  overallStatus,
  parseBuilds,
  reportOf,
  sentence,
} from './builds.js';
import { type EasCli, resolveEasCli } from './cli.js';
import { buildArgs } from './command.js';
import { type EasBuildConfig, readConfig } from './config.js';
import { checkEasJson } from './eas-json.js';
import { commentMarkdown, type ReportInput, skippedMarkdown, summaryMarkdown } from './report.js';

/** Artifact downloads: four attempts within a few seconds; a truncated body counts as retryable. */
const DOWNLOAD_RETRY = { retries: 3, minDelayMs: 500, maxDelayMs: 8000, budgetMs: 60_000 };

const OUTPUTS = {
  skipped: false,
  'build-id': '',
  'build-ids': '[]',
  status: '',
  platform: '',
  'build-url': '',
  'artifact-url': '',
  'artifact-path': '',
  'app-version': '',
  'app-build-version': '',
  builds: '[]',
};
type Outputs = typeof OUTPUTS;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, main, title: 'EAS build' });

export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  const { core } = context;
  const config = readConfig(context.inputs, context);
  if (!config.gate.open) {
    core.notice(config.gate.notice);
    outputs.skipped = true;
    outputs.status = 'skipped';
    await writeSummary(context, skippedMarkdown(config.gate.notice));
    return;
  }
  checkProject(config, context.run.workspace);
  // "timeout" bounds the whole step: setting up eas-cli and downloading the artifacts too.
  const time = stepDeadline(
    config.timeoutMs,
    'timeout',
    'setting up eas-cli, eas build and downloading the artifacts',
    context.effects.clock,
  );
  const eas = await group(core, 'Set up eas-cli', () =>
    time.phase('setting up eas-cli', () =>
      resolveEasCli(config.eas, {
        path: context.env['PATH'],
        tempDir: context.env['RUNNER_TEMP'] || config.workingDirectory,
        timeoutMs: time.cap(config.timeoutMs),
        log: (line) => core.info(line),
        redact: (text) => context.secrets.redact(text),
        exec: context.effects.exec,
      }),
    ),
  );
  const result = await runEasBuild(context, config, eas, config.gate.secret, time.cap(config.timeoutMs));
  const builds = readBuilds(result, config.timeoutMs);
  const failures = buildFailures(builds);
  if (result.exitCode !== 0 && failures.length === 0) {
    failures.push(
      `eas build ${describeExit(result)} although no build failed: ${lastLines(result.stderr) || '(no output)'}`,
    );
  }
  const reports = builds.map((build) => reportOf(build, config.profile));
  if (config.download && failures.length === 0) {
    await group(core, 'Download the artifacts', () =>
      downloadArtifacts(context, config, builds, reports, failures, time.signal),
    );
  }
  setOutputs(outputs, reports);
  for (const report of reports) {
    core.info(
      `${report.platform} build ${report.id}: ${report.status}. ` +
        `${report.buildUrl}${report.artifactUrl ? ` Artifact: ${safeUrl(report.artifactUrl)}` : ''}`,
    );
  }
  if (!config.wait) core.notice(`EAS build queued (wait: false): ${reports.map((r) => r.buildUrl || r.id).join(', ')}`);

  const easCli = eas.origin === 'path' ? `eas from PATH (${eas.command})` : `eas-cli ${eas.version} (${eas.origin})`;
  const report: ReportInput = { profile: config.profile, builds: reports, wait: config.wait, failures, easCli };
  await writeSummary(context, summaryMarkdown(report));
  if (config.comment) await comment(context, config, report);
  if (failures.length > 0) throw new Error(failures.join(' '));
}

/** eas.json must exist and name the profiles, before anything is installed or started. */
function checkProject(config: EasBuildConfig, workspace: string): void {
  const file = join(config.workingDirectory, 'eas.json');
  const shown = relative(workspace, file) || file;
  if (!existsSync(file)) {
    throw new ConfigError(
      `No eas.json in "${config.workingDirectory}": ` +
        'set working-directory to the Expo project (the folder holding eas.json).',
    );
  }
  checkEasJson(readFileSync(file, 'utf8'), { profile: config.profile, submitProfile: config.submitProfile }, shown);
}

async function runEasBuild(
  context: ActionContext,
  config: EasBuildConfig,
  eas: EasCli,
  token: string,
  timeoutMs: number,
): Promise<ExecResult> {
  const args = buildArgs(config);
  return group(context.core, showCommand('eas', args), () =>
    context.effects.exec({
      command: eas.command,
      args,
      cwd: config.workingDirectory,
      // eas gets the token once, by its own name (a step's children never get the INPUT_* variables).
      env: { EXPO_TOKEN: token },
      timeoutMs,
      redact: (text) => context.secrets.redact(text),
      // stdout is the JSON answer; eas-cli's messages (progress, "See logs: ...") come on stderr.
      onLine: (line, stream) => {
        if (stream === 'stderr') context.core.info(line);
      },
    }),
  );
}

/**
 * The builds in eas-cli's answer; no JSON at all means eas-cli itself failed (auth, flags, network).
 * Then the cause may be on either stream: offline, eas-cli 24.8.0 prints only "Error: GraphQL
 * request failed." on stderr and the reason (`request to https://api.expo.dev/graphql failed,
 * reason: getaddrinfo ENOTFOUND api.expo.dev`) on stdout, --json notwithstanding
 * (test/fixtures/eas/real-offline), so both are quoted.
 */
function readBuilds(result: ExecResult, timeoutMs: number): EasBuild[] {
  if (result.timedOut) {
    throw new Error(
      `eas build ${describeExit(result, timeoutMs)} (input "timeout"); the build may still be running on EAS.`,
    );
  }
  try {
    return parseBuilds(result.stdout);
  } catch (error) {
    if (!(error instanceof EasOutputError)) throw error;
    const said = [result.stderr, result.stdout]
      .map((text) => lastLines(text, 3).replace(/^[ \t]+/gm, ''))
      .filter(Boolean);
    const tail = said.length === 2 ? `${said[0]} (on stdout: ${said[1]})` : (said[0] ?? '(no output)');
    if (result.exitCode !== 0) throw new Error(`eas build ${describeExit(result)}: ${tail}`);
    throw new Error(`${error.message}; its last messages were: ${tail}`);
  }
}

async function downloadArtifacts(
  context: ActionContext,
  config: EasBuildConfig,
  builds: readonly EasBuild[],
  reports: BuildReport[],
  failures: string[],
  signal: AbortSignal,
): Promise<void> {
  for (const [index, build] of builds.entries()) {
    const report = reports[index]!;
    if (!report.artifactUrl) {
      failures.push(`The ${report.platform} build ${report.id} has no artifact URL to download.`);
      continue;
    }
    const destination = join(config.download!, artifactFileName(build));
    try {
      const saved = await downloadFile({
        url: report.artifactUrl,
        destination,
        maxBytes: config.maxDownloadBytes,
        retry: DOWNLOAD_RETRY,
        signal,
        onRetry: (notice) =>
          context.core.warning(
            `Download of the ${report.platform} artifact: ${notice.cause}; ` +
              `retrying in ${notice.delayMs} ms (attempt ${notice.attempt + 1}).`,
          ),
      });
      report.artifactPath = saved.path;
      context.core.info(`Downloaded ${safeUrl(report.artifactUrl)} to ${saved.path} (${saved.bytes} bytes).`);
    } catch (error) {
      failures.push(sentence(messageOf(error)));
    }
  }
}

function setOutputs(outputs: Outputs, reports: readonly BuildReport[]): void {
  const first = reports[0];
  outputs['build-ids'] = JSON.stringify(reports.map((report) => report.id));
  outputs.builds = JSON.stringify(reports);
  outputs.status = overallStatus(reports.map((report) => report.status));
  outputs.platform = reports.map((report) => report.platform).join(',');
  outputs['artifact-path'] = reports
    .map((report) => report.artifactPath)
    .filter(Boolean)
    .join('\n');
  if (!first) return;
  outputs['build-id'] = first.id;
  outputs['build-url'] = first.buildUrl;
  outputs['artifact-url'] = first.artifactUrl;
  outputs['app-version'] = first.appVersion;
  outputs['app-build-version'] = first.appBuildVersion;
}

async function comment(context: ActionContext, config: EasBuildConfig, report: ReportInput): Promise<void> {
  await commentOnPullRequest(
    { ...context, run: config.run },
    {
      token: config.githubToken,
      key: `eas-build:${config.profile}:${config.platform}`,
      body: commentMarkdown({ ...report, runUrl: config.run.runUrl, sha: config.run.sha }),
    },
  );
}
