import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The sample projects: a clean base per tool, and variants that overlay the files that differ. */
export const PROJECTS = resolve(import.meta.dirname, 'projects');
/** Debian's interpreter, which has python3-alembic 1.8.1, python3-django and python3-psycopg2. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export type AlembicVariant = 'clean' | 'drifted' | 'irreversible' | 'two-heads' | 'broken-upgrade' | 'pr';
export type DjangoVariant = 'clean' | 'missing-migration' | 'irreversible' | 'conflict' | 'broken-upgrade' | 'pr';

const made: string[] = [];

/** A fresh copy of clean + the variant's overlay in a temp folder. */
export function makeProject(tool: 'alembic' | 'django', variant: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dk-md-${tool}-${variant}-`));
  made.push(dir);
  cpSync(join(PROJECTS, tool, 'clean'), dir, { recursive: true });
  if (variant !== 'clean') cpSync(join(PROJECTS, tool, variant), dir, { recursive: true });
  return dir;
}

/**
 * A git repository whose main branch holds the clean project and whose HEAD (a PR branch) adds the
 * variant's files, with origin/main pointing at the base, as actions/checkout with fetch-depth: 0 leaves it.
 */
export function makePullRequestRepo(tool: 'alembic' | 'django', variant: string): string {
  const dir = makeProject(tool, 'clean');
  commitPullRequest(dir, () => cpSync(join(PROJECTS, tool, variant), dir, { recursive: true }));
  return dir;
}

/**
 * Makes `dir` a git repository as actions/checkout with fetch-depth: 0 leaves a pull request: main
 * holds what is there now (also as origin/main), and HEAD, a feature branch, adds what `change` writes.
 */
export function commitPullRequest(dir: string, change: () => void): void {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'pipe',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  change();
  git('add', '-A');
  git('commit', '-q', '-m', 'the pull request');
}

export function removeProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes the benchmark's long chain (see projects/make_chain.py). */
export function makeChain(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `dk-md-chain-${count}-`));
  made.push(dir);
  execFileSync(SYSTEM_PYTHON, [join(PROJECTS, 'make_chain.py'), dir, String(count)]);
  return dir;
}
