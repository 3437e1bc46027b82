import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/lib/context.js';

describe('readRunContext', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SHA: 'aaaaaaaaaaaaaaaa',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_PATH: '/event.json',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_HEAD_REF: 'feature/x',
  };

  it('reads a fork pull request from the event payload', () => {
    const event = {
      number: 7,
      pull_request: {
        number: 7,
        title: 'Add "things"',
        html_url: 'https://github.com/acme/shop/pull/7',
        head: { sha: 'bbbbbbbbbbbbbbbbbb', repo: { full_name: 'fork/shop', fork: true } },
        base: { repo: { full_name: 'acme/shop' } },
      },
    };
    const run = readRunContext(env, () => JSON.stringify(event));
    expect(run.pullRequest).toEqual({
      number: 7,
      title: 'Add "things"',
      headSha: 'bbbbbbbbbbbbbbbbbb',
      isFork: true,
      url: 'https://github.com/acme/shop/pull/7',
    });
    expect(run.sha).toBe('bbbbbbbbbbbbbbbbbb');
    expect(run.shortSha).toBe('bbbbbbb');
    expect(run.refName).toBe('feature/x');
    expect(run.runUrl).toBe('https://github.com/acme/shop/actions/runs/42/attempts/2');
  });

  it('takes the commit subject from a push event and survives an unreadable event file', () => {
    const push = readRunContext({ ...env, GITHUB_HEAD_REF: '' }, () =>
      JSON.stringify({ head_commit: { message: 'Fix <b>\n\nbody' } }),
    );
    expect(push.commitSubject).toBe('Fix <b>');
    expect(push.refName).toBe('main');
    const broken = readRunContext(env, () => '{not json');
    expect(broken.event).toEqual({});
    expect(broken.pullRequest).toBeUndefined();
  });
});
