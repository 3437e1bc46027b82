import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  INSTALL_COMMAND,
  missingMessage,
  missingPackages,
  postgresBin,
  REQUIREMENTS,
} from '../scripts/system-deps.mjs';
import { NODE24, ROOT } from './support/bundle.js';

/** npm test's pretest: the system packages the integration tests use, looked for where they look. */

const base = mkdtempSync(join(tmpdir(), 'dk-system-deps-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let machines = 0;

/** A fake machine: files under its root, commands in its bin/ (its PATH), a python3 that lacks `absent` modules. */
function machine(options: { files?: string[]; commands?: string[]; absent?: string[]; python?: boolean } = {}) {
  const root = join(base, `m${++machines}`);
  const make = (path: string, text = '#!/bin/sh\nexit 0\n') => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    chmodSync(path, 0o755);
  };
  for (const file of options.files ?? [
    'usr/lib/postgresql/16/bin/pg_ctl',
    'usr/sbin/sshd',
    'usr/bin/jq',
    'usr/bin/chromium',
    'usr/bin/time',
  ])
    make(join(root, file));
  for (const command of options.commands ?? ['ssh-keygen', 'openssl', 'git']) make(join(root, 'bin', command));
  if (options.python !== false)
    make(join(root, 'usr', 'bin', 'python3'), `#!/bin/sh\necho "${(options.absent ?? []).join(' ')}"\n`);
  return { root, env: { PATH: join(root, 'bin') } };
}

describe('the system packages check', () => {
  it('finds nothing missing on a complete machine', () => {
    expect(missingPackages(machine())).toEqual([]);
  });

  it('names the Debian package of each missing part, in .ci/system-deps order', () => {
    const m = machine({
      files: ['usr/lib/postgresql/16/bin/pg_ctl'],
      commands: ['openssl'],
      absent: ['django', 'psycopg2'],
    });
    expect(missingPackages(m)).toEqual([
      'python3-psycopg2',
      'python3-django',
      'openssh-server',
      'openssh-client',
      'jq',
      'git',
      'chromium',
      'time',
    ]);
  });

  it('counts every Python module missing when Debian python3 is absent, and PostgreSQL missing without pg_ctl', () => {
    const m = machine({ files: ['usr/lib/postgresql/16/bin/psql', 'usr/sbin/sshd', 'usr/bin/jq'], python: false });
    expect(missingPackages(m)).toEqual([
      'postgresql',
      'python3-alembic',
      'python3-psycopg2',
      'python3-django',
      'python3-pyflakes',
      'chromium',
      'time',
    ]);
  });

  it("finds PostgreSQL's newest major (15 on Debian 12, 16 on Ubuntu 24.04)", () => {
    const m = machine({
      files: [
        'usr/lib/postgresql/15/bin/pg_ctl',
        'usr/lib/postgresql/16/bin/pg_ctl',
        'usr/lib/postgresql/9/bin/pg_ctl',
      ],
    });
    expect(postgresBin('pg_ctl', m.root)).toBe(join(m.root, 'usr', 'lib', 'postgresql', '16', 'bin'));
  });

  it('checks exactly the packages .ci/system-deps installs', () => {
    const script = readFileSync(join(ROOT, '.ci', 'system-deps'), 'utf8');
    const installed = /^packages=\(([^)]*)\)/m.exec(script)![1]!.trim().split(/\s+/);
    expect(REQUIREMENTS.map((r) => r.package)).toEqual(installed);
  });

  it('installs only the packages it is given: a part already found is never replaced by a package', () => {
    // git is on this machine (the tests need it): asked for git alone, nothing else is looked at.
    const run = spawnSync('bash', [join(ROOT, '.ci', 'system-deps'), 'git'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('system-deps: all present (git)');
    const script = readFileSync(join(ROOT, 'scripts', 'system-deps.mjs'), 'utf8');
    expect(script).toContain("[join(ROOT, '.ci', 'system-deps'), ...missing]");
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^node scripts\/system-deps\.mjs$/m);
  });

  it('stops npm test at once with the exact command when it may not install', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.pretest).toBe('node scripts/system-deps.mjs');
    // A PATH with only Node on it: no ssh-keygen, openssl or git (and no apt-get to install them).
    const run = spawnSync(NODE24, [join(ROOT, 'scripts', 'system-deps.mjs')], {
      env: { PATH: dirname(NODE24), DK_SYSTEM_DEPS: 'check' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(missingMessage(['openssh-client', 'openssl', 'git']));
    expect(run.stderr).toContain(`Run: ${INSTALL_COMMAND} openssh-client openssl git`);
  });
});
