import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type ActionContext, defineAction, group, writeSummary } from '../lib/action.js';
import { commentOnPullRequest } from '../lib/github.js';
import { stepDeadline } from '../lib/step-deadline.js';
import { commandMarkdown, runDriftCommand } from './command.js';
import { type Config, readConfig } from './config.js';
import { type AddedFiles, filesAddedSince } from './git.js';
import { runHelper } from './helper.js';
import { chooseInterpreter, probe } from './interpreter.js';
import { describeDatabase, outcomeMarkdown } from './markdown.js';
import { decideOutcome, type Outcome } from './outcome.js';

const OUTPUTS = {
  passed: false as boolean,
  'failed-checks': '',
  tool: '',
  heads: '',
  head: '',
  drift: 0,
  revisions: 0,
  'added-revisions': 0,
  destructive: 0,
  report: '{}',
};
type Outputs = typeof OUTPUTS;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, main });

export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  const { core } = context;
  const config = readConfig(context.inputs, context);
  outputs.tool = config.tool;
  core.info(`Tool: ${config.tool} (${config.toolReason}), in ${config.workingDirectory}.`);
  if (config.tool === 'command') return runCommandTool(context, config, outputs);
  const outcome = await runChecks(context, config);
  setOutcomeOutputs(outputs, outcome);
  const markdown = outcomeMarkdown(outcome, {
    root: context.env['GITHUB_WORKSPACE'] || config.workingDirectory,
    database: describeDatabase(config.databaseUrl),
  });
  await writeSummary(context, markdown);
  if (config.comment) await comment(context, config, markdown);
  if (outcome.failure) throw new Error(outcome.failure);
  const skipped = outcome.checks.filter((check) => check.status === 'skipped').length;
  core.info(`Migration checks passed: ${outcome.checks.length - skipped}${skipped ? `, skipped: ${skipped}` : ''}.`);
}

async function runChecks(context: ActionContext, config: Config): Promise<Outcome> {
  const { core, secrets } = context;
  const tool = config.tool as 'alembic' | 'django';
  // "timeout" is the whole check run: finding Python and reading git history come out of it too.
  const time = stepDeadline(
    config.timeoutMs,
    'timeout',
    'finding Python, reading the base ref with git and the checks',
    context.effects.clock,
  );
  const interpreter = await time.phase('finding Python', () =>
    chooseInterpreter(config.python, tool, (command) =>
      probe(command, tool, config.workingDirectory, time.cap(30_000), context.effects.exec),
    ),
  );
  core.info(`Python: ${interpreter.command} (${tool} ${interpreter.version}).`);

  let added: AddedFiles | undefined;
  if (config.checks.includes('summary')) {
    added = config.baseRef
      ? await time.phase(`reading the files added since ${config.baseRef}`, () =>
          filesAddedSince(config.baseRef!, config.workingDirectory, time.cap(60_000), context.effects.exec),
        )
      : { ok: false, reason: 'no base ref: this run is not for a pull request and "base-ref" is not set' };
    if (!added.ok) core.warning(`Migration summary skipped: ${added.reason}.`);
  }
  const summarySkipped = added && !added.ok ? added.reason : undefined;

  const throwaway = config.databaseUrl
    ? undefined
    : join(config.tempDir, `migration-drift-${process.pid}-${Date.now()}.sqlite3`);
  const databaseUrl = config.databaseUrl ?? `sqlite:///${throwaway}`;
  core.info(`Database: ${describeDatabase(config.databaseUrl)}.`);
  try {
    const transcript = await group(core, `${tool}: ${config.checks.join(', ')}`, () =>
      runHelper({
        tool,
        python: interpreter.command,
        cwd: config.workingDirectory,
        tempDir: config.tempDir,
        job: {
          checks: config.checks.filter((name) => name !== 'summary' || !summarySkipped),
          ...(tool === 'alembic' ? { config: config.alembicConfig } : { settings: config.djangoSettings }),
          stairway: config.stairway,
          added_files: added?.ok ? added.files : [],
          throwaway_sqlite: throwaway !== undefined,
        },
        databaseUrl,
        env: {},
        timeoutMs: time.cap(config.timeoutMs),
        redact: (text) => secrets.redact(text),
        onStderr: (line) => core.info(line),
        exec: context.effects.exec,
        onEvent: (event) => {
          if (event.event === 'progress' || event.event === 'log') core.info(event.message);
          else if (event.event === 'check')
            core.info(`${event.name}: ${event.status}${event.message ? ` — ${event.message}` : ''}`);
        },
      }),
    );
    const outcome = decideOutcome({
      tool,
      checks: config.checks,
      transcript,
      ...(summarySkipped ? { summarySkipped } : {}),
      ...(added?.ok ? { baseRef: added.baseRef } : {}),
      failOnDestructive: config.failOnDestructive,
    });
    for (const check of outcome.checks) {
      core.info(
        `${check.status === 'passed' ? 'PASS' : check.status === 'failed' ? 'FAIL' : 'SKIP'} ` +
          `${check.name}: ${check.headline}`,
      );
      for (const detail of check.details) core.info(`     ${detail}`);
      if (check.advice) core.info(`     ${check.advice}`);
    }
    for (const migration of outcome.added ?? []) {
      for (const warning of migration.warnings) core.warning(`Migration ${migration.revision} ${warning.text}.`);
    }
    return outcome;
  } finally {
    if (throwaway) rmSync(throwaway, { force: true });
  }
}

function setOutcomeOutputs(outputs: Outputs, outcome: Outcome): void {
  outputs.passed = outcome.passed;
  outputs['failed-checks'] = outcome.failedChecks.join(',');
  outputs.heads = outcome.heads.join(',');
  outputs.head = outcome.heads.length === 1 ? outcome.heads[0]! : '';
  outputs.drift = outcome.differences.length;
  outputs.revisions = outcome.revisions;
  outputs['added-revisions'] = outcome.added?.length ?? 0;
  outputs.destructive = (outcome.added ?? []).reduce((sum, migration) => sum + migration.warnings.length, 0);
  outputs.report = JSON.stringify({
    tool: outcome.tool,
    version: outcome.version,
    passed: outcome.passed,
    checks: outcome.checks,
    heads: outcome.heads,
    differences: outcome.differences,
    added: outcome.added?.map(({ revision, message, path, warnings }) => ({
      revision,
      message,
      path,
      warnings: warnings.map((w) => w.text),
    })),
  });
}

async function comment(context: ActionContext, config: Config, markdown: string): Promise<void> {
  // One comment per project folder, so a monorepo's projects do not overwrite each other.
  const workspace = context.env['GITHUB_WORKSPACE'] || config.workingDirectory;
  const projectFolder = relative(workspace, config.workingDirectory) || '.';
  await commentOnPullRequest(context, {
    token: config.githubToken,
    key: `migration-drift:${projectFolder}`,
    body: markdown,
  });
}

async function runCommandTool(context: ActionContext, config: Config, outputs: Outputs): Promise<void> {
  const { core, secrets } = context;
  const outcome = await group(core, `drift command: ${config.command[0]}`, () =>
    runDriftCommand({
      argv: config.command,
      cwd: config.workingDirectory,
      timeoutMs: config.timeoutMs,
      // The command may need the database; it gets the URL the way the helpers do, through the environment.
      env: config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {},
      redact: (text) => secrets.redact(text),
      onLine: (line) => core.info(line),
      exec: context.effects.exec,
    }),
  );
  outputs.passed = outcome.passed;
  outputs['failed-checks'] = outcome.passed ? '' : 'drift';
  outputs.report = JSON.stringify({
    tool: 'command',
    passed: outcome.passed,
    command: outcome.shown,
    exit: outcome.exit,
  });
  const markdown = commandMarkdown(outcome);
  await writeSummary(context, markdown);
  if (config.comment) await comment(context, config, markdown);
  if (!outcome.passed)
    throw new Error(
      `The drift command ${outcome.exit}: ` +
        `${outcome.shown}${outcome.output ? ` — ${outcome.output.split('\n').at(-1)}` : ''}`,
    );
  core.info(`The drift command passed (${outcome.exit}).`);
}
