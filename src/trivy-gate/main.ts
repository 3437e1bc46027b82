import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ActionContext, type Core, defineAction, writeSummary } from '../lib/action.js';
import { escapeData } from '../lib/commands.js';
import { ConfigError, messageOf } from '../lib/errors.js';
import { commentOnPullRequest } from '../lib/github.js';
import { type Config, readConfig } from './config.js';
import type { IgnoreEntry } from './ignore.js';
import { parseIgnoreFile } from './ignore-file.js';
import { decide, type Policy, type Verdict } from './policy.js';
import { type ParsedReport, parseReport, ReportError } from './report.js';
import { buildSarif } from './sarif.js';
import { scanWithTrivy } from './scan.js';
import { failClosedMarkdown, gateMarkdown } from './summary.js';

/** Until a report has been judged, the gate has not passed: every early exit fails closed. */
const OUTPUTS = {
  passed: false,
  critical: 0,
  high: 0,
  medium: 0,
  low: 0,
  unknown: 0,
  findings: 0,
  failing: 0,
  ignored: 0,
  'report-path': '',
  'sarif-path': '',
};
type Outputs = typeof OUTPUTS;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, main });

export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  const config = readConfig(context.inputs, context);
  const now = new Date(context.effects.clock.now());
  const ignores = await loadIgnores(config, context.core);
  const policy: Policy = {
    failOn: config.failOn,
    ignoreUnfixed: config.ignoreUnfixed,
    ignores,
    allow: config.allow,
    maxFindings: config.maxFindings,
  };

  let report: ParsedReport;
  try {
    const reportPath =
      config.source.kind === 'report' ? config.source.path : await scanWithTrivy(context, config.source, config, now);
    outputs['report-path'] = reportPath;
    report = readReport(reportPath);
  } catch (error) {
    // No report to judge (a bad report, Trivy failing, a download refused): say so where people look.
    if (!(error instanceof ConfigError)) {
      const markdown = failClosedMarkdown(messageOf(error), outputs['report-path'] || undefined);
      await writeSummary(context, markdown);
      await comment(context, config, markdown);
    }
    throw error;
  }

  const verdict = decide(report.findings, report.suppressedByTrivy, policy, now);
  Object.assign(outputs, {
    critical: verdict.counts.CRITICAL,
    high: verdict.counts.HIGH,
    medium: verdict.counts.MEDIUM,
    low: verdict.counts.LOW,
    unknown: verdict.counts.UNKNOWN,
    findings: verdict.open.length,
    failing: verdict.failing.length,
    ignored: verdict.suppressed.length,
  });
  const artifact = {
    name: report.artifactName,
    type: report.artifactType,
    ...(report.trivyVersion ? { trivyVersion: report.trivyVersion } : {}),
  };
  if (config.sarifOutput) {
    mkdirSync(dirname(config.sarifOutput), { recursive: true });
    writeFileSync(config.sarifOutput, JSON.stringify(buildSarif(verdict.gated, artifact)));
    outputs['sarif-path'] = config.sarifOutput;
  }
  logVerdict(context.core, verdict);
  const view = {
    verdict,
    policy,
    artifact,
    reportPath: outputs['report-path'],
    ...(outputs['sarif-path'] ? { sarifPath: outputs['sarif-path'] } : {}),
  };
  await writeSummary(context, gateMarkdown({ ...view, maxRows: 100 }));
  await comment(context, config, gateMarkdown({ ...view, maxRows: 20 }));
  outputs.passed = verdict.passed;
  if (!verdict.passed) throw new Error(`Trivy gate failed: ${verdict.reasons.join(', ')} in ${report.artifactName}.`);
}

/** The report as the gate reads it: a missing, unreadable or empty file is a ReportError (fail closed). */
function readReport(path: string): ParsedReport {
  if (!existsSync(path)) throw new ReportError(`The Trivy report ${path} does not exist, so the gate fails closed.`);
  if (!statSync(path).isFile()) throw new ReportError(`The Trivy report ${path} is not a file.`);
  return parseReport(readFileSync(path), path);
}

async function loadIgnores(config: Config, core: Core): Promise<IgnoreEntry[]> {
  const file = config.ignoreFile;
  if (!file) return [];
  if (!existsSync(file.path)) {
    if (file.explicit) throw new ConfigError(`Input "ignore-file": ${file.path} does not exist.`);
    return [];
  }
  const parsed = await parseIgnoreFile(readFileSync(file.path, 'utf8'), file.path);
  for (const warning of parsed.warnings) core.warning(warning);
  core.info(`Ignore file ${file.path}: ${parsed.entries.length} entries.`);
  return parsed.entries;
}

function logVerdict(core: Core, verdict: Verdict): void {
  const counts = Object.entries(verdict.counts)
    .map(([severity, count]) => `${severity} ${count}`)
    .join(', ');
  core.info(`Open findings: ${counts}; ignored: ${verdict.suppressed.length}.`);
  for (const finding of verdict.failing.slice(0, 50)) {
    // Every field comes from the report (a package name can come from a pull request's lockfile):
    // each stays on this one line, so none can pose as a log line or a command of its own.
    const version =
      finding.kind === 'vulnerability' ? ` ${finding.installed ?? '?'} -> ${finding.fixed ?? 'no fix'}` : '';
    const fields = [finding.severity, finding.id, `${finding.package || finding.target}${version}:`, finding.title];
    core.info(`  ${fields.map(escapeData).join(' ')}`);
  }
  if (verdict.failing.length > 50) core.info(`  …and ${verdict.failing.length - 50} more failing findings.`);
  for (const entry of verdict.expiringIgnores) {
    core.warning(
      `Ignore entry ${entry.id} (${entry.source}) expires on ${entry.expiresAt!.toISOString().slice(0, 10)}.`,
    );
  }
}

async function comment(context: ActionContext, config: Config, markdown: string): Promise<void> {
  if (!config.comment) return;
  await commentOnPullRequest(context, { token: config.comment.token, key: config.comment.key, body: markdown });
}
