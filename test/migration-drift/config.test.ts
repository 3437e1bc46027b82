import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/lib/inputs.js';
import { Secrets } from '../../src/lib/secrets.js';
import { splitCommandLine } from '../../src/migration-drift/argv.js';
import { readChecks, readConfig, settingsFromManagePy } from '../../src/migration-drift/config.js';
import { chooseInterpreter, type Probe } from '../../src/migration-drift/interpreter.js';
import { configContext } from '../support/context.js';
import { expectReadsDeclaredInputs } from '../support/metadata.js';

/** A workspace with an Alembic project in alembic/ and a Django one in web/. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'dk-md-config-'));
  mkdirSync(join(root, 'api'));
  writeFileSync(join(root, 'api', 'alembic.ini'), '[alembic]\n');
  mkdirSync(join(root, 'web'));
  writeFileSync(
    join(root, 'web', 'manage.py'),
    'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings")\n',
  );
  mkdirSync(join(root, 'empty'));
  return root;
}

const root = workspace();
function config(values: Record<string, string>, event: Record<string, unknown> = {}, env: Record<string, string> = {}) {
  const secrets = new Secrets();
  const inputs = new Inputs((name) => values[name] ?? '', secrets);
  return {
    config: readConfig(
      inputs,
      configContext({ env: { GITHUB_WORKSPACE: root, RUNNER_TEMP: '/runner/temp', ...env }, run: { event }, secrets }),
    ),
    secrets,
  };
}
const error = (values: Record<string, string>) => {
  try {
    config(values);
  } catch (thrown) {
    return (thrown as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('readConfig', () => {
  it('detects Alembic and Django from the files in working-directory', () => {
    expect(config({ 'working-directory': 'api' }).config).toMatchObject({
      tool: 'alembic',
      alembicConfig: 'alembic.ini',
      workingDirectory: join(root, 'api'),
    });
    expect(config({ 'working-directory': 'web' }).config).toMatchObject({
      tool: 'django',
      djangoSettings: 'shopsite.settings',
    });
    expect(config({ 'working-directory': 'empty', command: 'prisma migrate diff' }).config).toMatchObject({
      tool: 'command',
      command: ['prisma', 'migrate', 'diff'],
    });
  });

  it('has sensible defaults', () => {
    const { config: c } = config({ 'working-directory': 'api' });
    expect(c).toMatchObject({
      checks: ['heads', 'upgrade', 'drift', 'reversible', 'summary'],
      stairway: true,
      comment: false,
      failOnDestructive: false,
      timeoutMs: 600_000,
      databaseUrl: undefined,
      python: undefined,
      baseRef: undefined,
      tempDir: '/runner/temp',
    });
  });

  it('takes the base ref from the pull request, then GITHUB_BASE_REF, and base-ref wins', () => {
    expect(config({ 'working-directory': 'api' }, { pull_request: { base: { ref: 'develop' } } }).config.baseRef).toBe(
      'origin/develop',
    );
    expect(config({ 'working-directory': 'api' }, {}, { GITHUB_BASE_REF: 'main' }).config.baseRef).toBe('origin/main');
    expect(
      config({ 'working-directory': 'api', 'base-ref': 'v1.2.0' }, { pull_request: { base: { ref: 'develop' } } })
        .config.baseRef,
    ).toBe('v1.2.0');
  });

  it('keeps checks in dependency order and accepts all', () => {
    expect(readChecks(['Reversible', 'heads'])).toEqual(['heads', 'reversible']);
    expect(readChecks(['all'])).toEqual(['heads', 'upgrade', 'drift', 'reversible', 'summary']);
  });

  it('treats database-url as a secret: masks it and its password (raw and decoded) and never echoes it', () => {
    const url = 'postgres://app:p%40ss%3Aword-123@db:5432/app';
    const { config: c, secrets } = config({ 'working-directory': 'api', 'database-url': url });
    expect(c.databaseUrl).toBe('postgresql://app:p%40ss%3Aword-123@db:5432/app');
    expect(secrets.values).toEqual(expect.arrayContaining([url, 'p%40ss%3Aword-123', 'p@ss:word-123', c.databaseUrl]));
    expect(error({ 'working-directory': 'api', 'database-url': 'hunter2-not-a-url' })).not.toContain('hunter2');
  });

  it('reads settingsFromManagePy from the usual manage.py line', () => {
    expect(settingsFromManagePy("os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'a.b.settings')")).toBe(
      'a.b.settings',
    );
    expect(settingsFromManagePy('print(1)')).toBeUndefined();
  });

  it('reads exactly the inputs action.yml declares', () => {
    expectReadsDeclaredInputs(
      'migration-drift',
      (inputs) => readConfig(inputs, configContext({ env: { GITHUB_WORKSPACE: root }, run: { event: {} } })),
      [{ 'working-directory': 'empty', tool: 'command', command: 'true' }],
    );
  });
});

/** The "Bad inputs" table of the README, row by row. */
describe('bad inputs', () => {
  it.each([
    [{ tool: 'flyway' }, 'Invalid "tool" value "flyway": valid values are "alembic", "django" and "command".'],
    [
      { 'working-directory': 'nope' },
      `Invalid "working-directory" value "nope": no such directory (resolved to ${join(root, 'nope')}).`,
    ],
    [
      { 'working-directory': 'empty' },
      `Could not detect the migration tool: ${join(root, 'empty')} has no alembic.ini and no manage.py.`,
    ],
    [
      { 'working-directory': 'api', config: 'db/alembic.ini' },
      'Invalid "config" value "db/alembic.ini": no such file in',
    ],
    [
      { 'working-directory': 'web', config: 'shopsite/settings.py' },
      'Invalid "config" value "shopsite/settings.py": for Django, expected a settings module',
    ],
    [{ 'working-directory': 'empty', tool: 'command' }, 'Input "command" is required with tool: command'],
    [{ 'working-directory': 'empty', command: 'check "unclosed' }, 'Input "command" has an unclosed " quote.'],
    [
      { 'working-directory': 'api', checks: 'heads,lint' },
      'Invalid "checks" value "lint": valid checks are "all", "heads", "upgrade", "drift", "reversible" and "summary".',
    ],
    [
      { 'working-directory': 'api', 'database-url': 'localhost:5432/app' },
      'Invalid "database-url": expected a SQLAlchemy URL',
    ],
    [
      { 'working-directory': 'api', 'base-ref': '--output=/etc/passwd' },
      'Invalid "base-ref" value "--output=/etc/passwd": expected a git ref',
    ],
    [{ 'working-directory': 'api', stairway: 'yes' }, 'Invalid "stairway" value "yes": expected "true" or "false".'],
    [{ 'working-directory': 'api', timeout: '0.5s' }, 'Invalid "timeout" value "0.5s": must be at least 1s.'],
  ])('%j', (values, message) => {
    expect(error(values)).toContain(message);
  });
});

describe('splitCommandLine', () => {
  it('splits like a shell, without one', () => {
    expect(
      splitCommandLine(`npx prisma migrate diff --from-migrations "./prisma/mig rations" --exit-code`, 'command'),
    ).toEqual(['npx', 'prisma', 'migrate', 'diff', '--from-migrations', './prisma/mig rations', '--exit-code']);
    expect(splitCommandLine(`sh -c 'echo $HOME; rm -rf /' a\\ b "x\\"y"`, 'command')).toEqual([
      'sh',
      '-c',
      'echo $HOME; rm -rf /',
      'a b',
      'x"y',
    ]);
    expect(splitCommandLine('a\n  b', 'command')).toEqual(['a', 'b']);
    expect(splitCommandLine(`'' x`, 'command')).toEqual(['', 'x']);
  });
});

describe('chooseInterpreter', () => {
  const probes: Record<string, Probe> = {
    python3: { command: 'python3', ok: false, problem: "ModuleNotFoundError: No module named 'alembic'" },
    python: { command: 'python', ok: false, problem: 'not found' },
    '/usr/bin/python3': { command: '/usr/bin/python3', ok: true, version: '1.8.1' },
  };
  const check = async (command: string) => probes[command] ?? { command, ok: false, problem: 'not found' };

  it('takes the first candidate that imports the tool', async () => {
    expect(await chooseInterpreter(undefined, 'alembic', check)).toEqual({
      command: '/usr/bin/python3',
      version: '1.8.1',
    });
  });

  it('names the python input and the interpreter that works when the given one cannot import the tool', async () => {
    await expect(chooseInterpreter('python3', 'alembic', check)).rejects.toThrow(
      `The interpreter in "python" (python3) cannot import alembic (ModuleNotFoundError: No module named 'alembic'). ` +
        '/usr/bin/python3 can (alembic 1.8.1): set python: /usr/bin/python3',
    );
  });

  it('lists what it tried when nothing works', async () => {
    await expect(
      chooseInterpreter(undefined, 'django', async (command) => ({ command, ok: false, problem: 'not found' })),
    ).rejects.toThrow(
      'No Python interpreter here can import django: ' +
        'python3 (not found), python (not found), /usr/bin/python3 (not found).',
    );
  });
});
