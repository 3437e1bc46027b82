#!/usr/bin/env node
// npm test's first step (the `pretest` script): are the system packages the integration tests use
// here? Each is looked for where the tests look for it. When some are missing and this user may
// install packages (root, or sudo without a password) on a machine with apt-get, it runs
// .ci/system-deps (idempotent) and checks again; otherwise it stops at once with the command to run,
// rather than letting a test fail later with an unrelated error.
// DK_SYSTEM_DEPS=check only checks (never installs).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const INSTALL_COMMAND = 'sudo .ci/system-deps';

/**
 * Debian/Ubuntu package -> how the tests find it: an executable on PATH (`command`), a fixed file
 * (`file`, under `root`), PostgreSQL's versioned bin directory (`postgres`), or a module Debian's
 * /usr/bin/python3 must import (`python`). The packages are those .ci/system-deps installs.
 */
export const REQUIREMENTS = [
  { package: 'postgresql', postgres: 'pg_ctl' },
  { package: 'python3-alembic', python: 'alembic' },
  { package: 'python3-psycopg2', python: 'psycopg2' },
  { package: 'python3-django', python: 'django' },
  { package: 'python3-pyflakes', python: 'pyflakes' },
  { package: 'openssh-server', file: '/usr/sbin/sshd' },
  { package: 'openssh-client', command: 'ssh-keygen' },
  { package: 'jq', file: '/usr/bin/jq' },
  { package: 'openssl', command: 'openssl' },
  { package: 'git', command: 'git' },
  { package: 'chromium', file: '/usr/bin/chromium' },
  { package: 'time', file: '/usr/bin/time' },
];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (env, name) => (env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, name)));

/** The newest /usr/lib/postgresql/<major>/bin holding `tool`, or undefined. */
export function postgresBin(tool = 'pg_ctl', root = '/') {
  const base = join(root, 'usr', 'lib', 'postgresql');
  if (!existsSync(base)) return undefined;
  const majors = readdirSync(base)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  const major = majors.find((name) => executable(join(base, name, 'bin', tool)));
  return major === undefined ? undefined : join(base, major, 'bin');
}

/**
 * The packages whose part is missing. `env.PATH` is searched for commands, files are looked for
 * under `root`, and modules are asked of `python` (Debian's interpreter, which the tests use).
 */
export function missingPackages({ env = process.env, root = '/', python = join(root, 'usr', 'bin', 'python3') } = {}) {
  const modules = REQUIREMENTS.filter((r) => r.python).map((r) => r.python);
  let unimportable = modules;
  if (executable(python)) {
    const probe =
      'import importlib.util, sys\nprint(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))';
    const run = spawnSync(python, ['-c', probe, ...modules], {
      encoding: 'utf8',
      env: { PATH: env.PATH ?? '' },
      timeout: 30_000,
    });
    if (run.status === 0) unimportable = run.stdout.trim().split(/\s+/).filter(Boolean);
  }
  return REQUIREMENTS.filter((r) => {
    if (r.command) return !onPath(env, r.command);
    if (r.file) return !executable(join(root, r.file));
    if (r.postgres) return postgresBin(r.postgres, root) === undefined;
    return unimportable.includes(r.python);
  }).map((r) => r.package);
}

/** The sentence that stops the run, with the exact command: it installs those packages and no others. */
export function missingMessage(packages) {
  const list = packages.join(' ');
  return `Missing system packages: ${list}. The integration tests need them. Run: ${INSTALL_COMMAND} ${list}`;
}

/** True when this user may install packages without a prompt on a machine with apt-get. */
function canInstall(env) {
  if (!onPath(env, 'apt-get')) return false;
  if (process.getuid?.() === 0) return true;
  return onPath(env, 'sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

function main() {
  const missing = missingPackages();
  if (missing.length === 0) return 0;
  if (process.env.DK_SYSTEM_DEPS === 'check' || !canInstall(process.env)) {
    console.error(missingMessage(missing));
    return 1;
  }
  console.error(`system-deps: ${missing.join(' ')} missing; installing them with .ci/system-deps`);
  // Only the missing ones: a part found where the tests look (e.g. the runner image's own
  // /usr/bin/chromium) is never replaced by a package.
  const run = spawnSync('bash', [join(ROOT, '.ci', 'system-deps'), ...missing], { stdio: 'inherit' });
  const still = run.status === 0 ? missingPackages() : missing;
  if (still.length === 0) return 0;
  console.error(missingMessage(still));
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
