import { resolve } from 'node:path';
import type { Exec, ExecResult } from '../lib/exec.js';

/**
 * The files a pull request adds, from git: those added between the merge base of the base ref and
 * HEAD. actions/checkout fetches one commit by default, so a missing base ref gets a reason that
 * says how to fix it instead of an empty summary.
 */
export type AddedFiles =
  { ok: true; baseRef: string; mergeBase: string; files: string[] } | { ok: false; reason: string };

/** `timeoutMs`: the longest each git command may take (the step's time left, at most a minute). */
export async function filesAddedSince(
  baseRef: string,
  cwd: string,
  timeoutMs: number,
  exec: Exec,
): Promise<AddedFiles> {
  const git = (args: string[]): Promise<ExecResult> => exec({ command: 'git', args, cwd, timeoutMs });
  const top = await git(['rev-parse', '--show-toplevel']).catch(() => undefined);
  if (!top || top.exitCode !== 0) return { ok: false, reason: `${cwd} is not inside a git checkout` };
  const root = top.stdout.trim();
  // `--end-of-options` keeps a ref from ever being read as an option.
  const verified = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${baseRef}^{commit}`]);
  if (verified.exitCode !== 0) {
    return {
      ok: false,
      reason:
        `the base ref ${baseRef} is not in this clone: check out with fetch-depth: 0 (actions/checkout), ` +
        'or fetch it first (git fetch origin <base-branch>)',
    };
  }
  const base = verified.stdout.trim();
  const mergeBase = await git(['merge-base', base, 'HEAD']);
  const from = mergeBase.exitCode === 0 ? mergeBase.stdout.trim() : base;
  const diff = await git(['diff', '--name-only', '--diff-filter=A', '--no-renames', '-z', from, 'HEAD']);
  if (diff.exitCode !== 0)
    return { ok: false, reason: `git diff failed: ${diff.stderr.trim() || `exit ${diff.exitCode}`}` };
  return { ok: true, baseRef, mergeBase: from, files: parseNulList(diff.stdout).map((file) => resolve(root, file)) };
}

export function parseNulList(text: string): string[] {
  return text.split('\0').filter((item) => item !== '');
}
