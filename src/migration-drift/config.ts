import { join, resolve } from 'node:path';
import type { ConfigContext, Files } from '../lib/action.js';
import { asRecord } from '../lib/context.js';
import { ConfigError } from '../lib/errors.js';
import { type Inputs, invalidValue, orList } from '../lib/inputs.js';
import type { Secrets } from '../lib/secrets.js';
import { splitCommandLine } from './argv.js';
import { CHECK_NAMES, type CheckName } from './protocol.js';

export const TOOLS = ['alembic', 'django', 'command'] as const;
export type Tool = (typeof TOOLS)[number];

export interface Config {
  tool: Tool;
  /** How the tool was chosen, for the log. */
  toolReason: string;
  /** Absolute. */
  workingDirectory: string;
  /** Alembic: the alembic.ini path (relative to workingDirectory or absolute). */
  alembicConfig: string;
  /** Django: DJANGO_SETTINGS_MODULE. */
  djangoSettings: string;
  /** The interpreter the user named; undefined: the first of python3, python, /usr/bin/python3 that has the tool. */
  python: string | undefined;
  /** A secret. Undefined: a throw-away SQLite file. */
  databaseUrl: string | undefined;
  checks: CheckName[];
  stairway: boolean;
  /** The git ref the PR summary compares with, and where it came from. */
  baseRef: string | undefined;
  baseRefSource: string;
  comment: boolean;
  githubToken: string | undefined;
  /** tool: command — argv, never a shell string. */
  command: string[];
  timeoutMs: number;
  failOnDestructive: boolean;
  /** RUNNER_TEMP (or the OS temp dir): the helper script and the default SQLite file go here. */
  tempDir: string;
}

type Env = Record<string, string | undefined>;

export function readConfig(inputs: Inputs, { env, run, secrets, effects }: ConfigContext): Config {
  const { files } = effects;
  const { workspace } = run;
  const workingInput = inputs.string('working-directory', '.');
  const workingDirectory = resolve(workspace, workingInput);
  if (!files.isDirectory(workingDirectory)) {
    throw invalidValue('working-directory', workingInput, `no such directory (resolved to ${workingDirectory})`);
  }

  const commandText = inputs.optional('command');
  const configInput = inputs.optional('config');
  const tool = chooseTool(inputs.enum('tool', TOOLS), { commandText, configInput, workingDirectory, files });

  const alembicConfig = configInput ?? 'alembic.ini';
  if (tool.tool === 'alembic' && !files.exists(resolve(workingDirectory, alembicConfig))) {
    throw invalidValue(
      'config',
      alembicConfig,
      `no such file in ${workingDirectory}: give the path of alembic.ini, relative to working-directory`,
    );
  }
  let djangoSettings = '';
  if (tool.tool === 'django') {
    djangoSettings = configInput ?? settingsFromManagePy(readText(files, join(workingDirectory, 'manage.py'))) ?? '';
    if (!djangoSettings) {
      throw new ConfigError(
        `Input "config" is empty and manage.py in ${workingDirectory} sets no DJANGO_SETTINGS_MODULE: ` +
          'give the settings module, e.g. config: mysite.settings.',
      );
    }
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(djangoSettings)) {
      throw invalidValue('config', djangoSettings, 'for Django, expected a settings module such as mysite.settings');
    }
  }

  const command = commandText ? splitCommandLine(commandText, 'command') : [];
  if (tool.tool === 'command' && command.length === 0) {
    throw new ConfigError(
      'Input "command" is required with tool: command: ' +
        'give the drift command to run, e.g. command: npx prisma migrate diff --exit-code ...',
    );
  }

  const python = inputs.optional('python');
  const databaseUrl = readDatabaseUrl(inputs, secrets);
  const checks = readChecks(inputs.list('checks'));
  const stairway = inputs.boolean('stairway', true);
  const { baseRef, baseRefSource } = readBaseRef(inputs.optional('base-ref'), run.event, env);
  const comment = inputs.boolean('comment', false);
  const githubToken = inputs.secret('github-token');
  const timeoutMs = inputs.duration('timeout', 10 * 60_000, { min: 1000, max: 6 * 3600_000 });
  const failOnDestructive = inputs.boolean('fail-on-destructive', false);

  return {
    tool: tool.tool,
    toolReason: tool.reason,
    workingDirectory,
    alembicConfig,
    djangoSettings,
    python,
    databaseUrl,
    checks,
    stairway,
    baseRef,
    baseRefSource,
    comment,
    githubToken,
    command,
    timeoutMs,
    failOnDestructive,
    tempDir: env['RUNNER_TEMP'] || resolve(env['TMPDIR'] ?? '/tmp'),
  };
}

function chooseTool(
  given: Tool | undefined,
  found: { commandText: string | undefined; configInput: string | undefined; workingDirectory: string; files: Files },
): { tool: Tool; reason: string } {
  if (given) return { tool: given, reason: 'the "tool" input' };
  const { files, workingDirectory } = found;
  if (found.commandText) return { tool: 'command', reason: 'the "command" input is set' };
  if (found.configInput && /\.ini$/i.test(found.configInput))
    return { tool: 'alembic', reason: `the "config" input names ${found.configInput}` };
  if (files.exists(join(workingDirectory, 'alembic.ini')))
    return { tool: 'alembic', reason: `found alembic.ini in ${workingDirectory}` };
  if (files.exists(join(workingDirectory, 'manage.py')))
    return { tool: 'django', reason: `found manage.py in ${workingDirectory}` };
  throw new ConfigError(
    `Could not detect the migration tool: ${workingDirectory} has no alembic.ini and no manage.py. ` +
      `Set "working-directory" to the folder that has them, or set "tool" (${orList(TOOLS, 'or')}).`,
  );
}

/** `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")` in manage.py. */
export function settingsFromManagePy(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return /DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"]/.exec(text)?.[1];
}

export function readChecks(items: string[]): CheckName[] {
  const names = items.map((item) => item.toLowerCase());
  if (names.length === 0 || names.includes('all')) return [...CHECK_NAMES];
  for (const name of names) {
    if (!CHECK_NAMES.includes(name as CheckName))
      throw invalidValue('checks', name, `valid checks are ${orList(['all', ...CHECK_NAMES])}`);
  }
  // Always in the order they build on each other, whatever order they were listed in.
  return CHECK_NAMES.filter((name) => names.includes(name));
}

const URL_HELP =
  'expected a SQLAlchemy URL such as postgresql://user:password@localhost:5432/app ' +
  'or sqlite:////tmp/app.db (the value is not shown: it may hold a password)';

/**
 * The database URL is a secret (it may carry a password): masked whole and by its password, never
 * echoed in an error, and handed to Python only through the environment.
 */
function readText(files: Files, path: string): string | undefined {
  return files.exists(path) ? files.read(path) : undefined;
}

export function readDatabaseUrl(inputs: Inputs, secrets?: Secrets): string | undefined {
  const url = inputs.secret('database-url');
  if (url === undefined) return undefined;
  const parts = parseDatabaseUrl(url);
  if (!parts) throw new ConfigError(`Invalid "database-url": ${URL_HELP}.`);
  const { password } = parts;
  if (password) {
    secrets?.add(password);
    try {
      secrets?.add(decodeURIComponent(password));
    } catch {
      // not URL-encoded: masked as it is
    }
  }
  // Heroku and many hosts hand out postgres://, which SQLAlchemy 1.4+ no longer accepts.
  const normalized = url.replace(/^postgres:\/\//i, 'postgresql://');
  secrets?.add(normalized);
  return normalized;
}

/**
 * A SQLAlchemy URL's parts (the one place it is parsed: masking and the "where the checks ran" line
 * must agree on where the password ends). The password may contain "/" and ":".
 */
export function parseDatabaseUrl(
  url: string,
): { dialect: string; password: string | undefined; host: string } | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(?:([^:/@]*)(?::([^@]*))?@)?([^/]*)(\/.*)?$/i.exec(url);
  if (!match) return undefined;
  return {
    dialect: match[1]!.split('+')[0]!.toLowerCase(),
    password: match[3] || undefined,
    host: match[4]!.split('?')[0]!.replace(/^\[|\]$/g, ''),
  };
}

function readBaseRef(
  given: string | undefined,
  event: Record<string, unknown>,
  env: Env,
): { baseRef: string | undefined; baseRefSource: string } {
  if (given) {
    if (given.startsWith('-') || /[\s~^:?*[\\]|\.\./.test(given.replace(/\^\{commit\}$/, ''))) {
      throw invalidValue('base-ref', given, 'expected a git ref such as origin/main or a commit SHA');
    }
    return { baseRef: given, baseRefSource: 'the "base-ref" input' };
  }
  const base = asRecord(asRecord(event['pull_request'])?.['base']);
  const fromEvent = typeof base?.['ref'] === 'string' ? base['ref'] : undefined;
  if (fromEvent) return { baseRef: `origin/${fromEvent}`, baseRefSource: "the pull request's base branch" };
  if (env['GITHUB_BASE_REF']) return { baseRef: `origin/${env['GITHUB_BASE_REF']}`, baseRefSource: 'GITHUB_BASE_REF' };
  return { baseRef: undefined, baseRefSource: 'none' };
}
