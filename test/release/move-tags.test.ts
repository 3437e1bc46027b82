import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, tested as it runs in release.yml
import { planTagMoves } from '../../scripts/move-tags.mjs';
import { NODE24, ROOT } from '../support/bundle.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  }).trim();

describe('planTagMoves (pure)', () => {
  it('moves vX and vX.Y to the newest release only', () => {
    expect(planTagMoves('v1.3.0', ['v1.2.0', 'v1.2.1', 'v1'])).toEqual([
      { tag: 'v1', move: true, why: 'newest release of v1' },
      { tag: 'v1.3', move: true, why: 'newest release of v1.3' },
    ]);
    expect(planTagMoves('v1.2.2', ['v1.2.1', 'v1.3.0'])).toEqual([
      { tag: 'v1', move: false, why: 'v1.3.0 is newer' },
      { tag: 'v1.2', move: true, why: 'newest release of v1.2' },
    ]);
  });
  it('moves nothing for a pre-release and refuses what is not a release tag', () => {
    expect(planTagMoves('v2.0.0-rc.1', [])[0].move).toBe(false);
    expect(() => planTagMoves('1.2.3', [])).toThrow(/not a release tag/);
    expect(() => planTagMoves('v1.2', [])).toThrow(/not a release tag/);
    expect(() => planTagMoves('v1.2.3; rm -rf /', [])).toThrow(/not a release tag/);
  });
});

describe('move-tags.mjs against a real repository and bare remote', () => {
  let work: string;
  let remote: string;
  const commit = (message: string) => {
    writeFileSync(join(work, 'file.txt'), message);
    git(work, 'add', '.');
    git(work, 'commit', '-qm', message);
    return git(work, 'rev-parse', 'HEAD');
  };
  const release = (tag: string) => {
    git(work, 'tag', tag);
    git(work, 'push', '-q', 'origin', `refs/tags/${tag}`);
    return spawnSync(NODE24, [join(ROOT, 'scripts/move-tags.mjs'), tag], { cwd: work, encoding: 'utf8' });
  };
  const remoteTag = (tag: string) => git(remote, 'rev-parse', `refs/tags/${tag}^{commit}`);

  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-release-'));
    remote = join(dir, 'remote.git');
    work = join(dir, 'work');
    git(dir, 'init', '-q', '--bare', remote);
    git(dir, 'clone', '-q', remote, work);
    git(work, 'checkout', '-q', '-b', 'main');
  });

  it('moves v1 and v1.x forward, and never back', () => {
    const first = commit('one');
    expect(release('v1.0.0').status).toBe(0);
    expect(remoteTag('v1')).toBe(first);
    expect(remoteTag('v1.0')).toBe(first);

    const second = commit('two');
    const out = release('v1.1.0');
    expect(out.stdout).toContain('v1 -> v1.1.0');
    expect(remoteTag('v1')).toBe(second);
    expect(remoteTag('v1.1')).toBe(second);
    expect(remoteTag('v1.0')).toBe(first);

    // A hotfix on the 1.0 line moves v1.0 only.
    git(work, 'checkout', '-q', 'v1.0.0');
    const hotfix = commit('hotfix');
    const patch = release('v1.0.1');
    expect(patch.stdout).toContain('v1: not moved (v1.1.0 is newer)');
    expect(remoteTag('v1.0')).toBe(hotfix);
    expect(remoteTag('v1')).toBe(second);
  });

  it('leaves the remote alone for a pre-release and fails on a missing tag', () => {
    commit('one');
    expect(release('v2.0.0-rc.1').status).toBe(0);
    expect(() => remoteTag('v2')).toThrow();
    const missing = spawnSync(NODE24, [join(ROOT, 'scripts/move-tags.mjs'), 'v9.9.9'], { cwd: work, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('move-tags: tag v9.9.9 does not exist');
  });
});
