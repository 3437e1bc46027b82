import { afterAll, describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { startGithubApi } from '../support/github-api.js';
import { closeAllServers } from '../support/server.js';
import { runEasBuild, TOKEN } from './harness.js';

// `comment: true` on a pull request, against a loopback GitHub REST API (the issues comments
// endpoints Octokit calls: list, create, update).
const GITHUB_TOKEN = 'ghs_loopbackToken0123456789';

function pullRequestEvent(fork: boolean) {
  return {
    number: 7,
    pull_request: {
      number: 7,
      title: 'Add onboarding carousel',
      html_url: 'https://github.com/acme/shop/pull/7',
      head: {
        sha: '4e1f0c2d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e',
        repo: { full_name: fork ? 'someone/shop' : 'acme/shop', fork },
      },
      base: { repo: { full_name: 'acme/shop' } },
    },
  };
}

/** The schema-checked GitHub API stand-in: what eas-build sends must be what GitHub accepts. */
async function startGitHub() {
  const server = await startGithubApi({ token: GITHUB_TOKEN });
  return { server, comments: server.comments };
}

afterAll(() => closeAllServers());

describe('eas-build pull request comment (loopback GitHub API)', () => {
  it('creates one comment with the build link, then updates it in place', async () => {
    const { server, comments } = await startGitHub();
    const run = (fixture: string) =>
      runEasBuild({
        fixture,
        inputs: { profile: 'preview', comment: 'true' },
        eventName: 'pull_request',
        event: pullRequestEvent(false),
        env: { GITHUB_API_URL: server.url, GITHUB_TOKEN },
      });
    const first = await run('build-no-wait-android-new.json');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.stdout).toContain(
      'Pull request comment created: https://github.com/acme/shop/pull/7#issuecomment-9001',
    );
    expect(first.calls[0]!.argv).toContain('--message=PR #7: Add onboarding carousel');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- deploy-kit:eas-build:preview:android -->');
    expect(comments[0]!.body).toContain('for `4e1f0c2`');
    expect(comments[0]!.body).toContain(
      'https://expo.dev/accounts/acme/projects/acme-mobile/builds/9c8b7a6f-5e4d-4c3b-a2f1-e0d9c8b7a6f5',
    );

    const second = await run('build-wait-android-preview-apk-finished.json');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toContain('Pull request comment updated');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('✅ finished');
    expect(comments[0]!.body).toContain('https://expo.dev/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk');
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
    expect(comments[0]!.issue).toBe(7);
    expect(server.problems).toEqual([]);
    for (const result of [first, second]) expectNoSecretLeak(result, [TOKEN, GITHUB_TOKEN]);
  });

  it('comments on a failed build too, and the step still fails with the build error', async () => {
    const { server, comments } = await startGitHub();
    const result = await runEasBuild({
      fixture: 'build-wait-android-errored.json',
      inputs: { comment: 'true' },
      eventName: 'pull_request',
      event: pullRequestEvent(false),
      env: { GITHUB_API_URL: server.url, GITHUB_TOKEN },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/ended ERRORED: EAS_BUILD_UNKNOWN_GRADLE_ERROR/);
    expect(comments[0]!.body).toContain('EAS build failed');
    expectAllOutputs(result, 'eas-build');
  });

  it('skips the comment with a notice on a fork pull request, without calling GitHub', async () => {
    const { server } = await startGitHub();
    const result = await runEasBuild({
      inputs: { profile: 'preview', comment: 'true' },
      eventName: 'pull_request',
      event: pullRequestEvent(true),
      env: { GITHUB_API_URL: server.url, GITHUB_TOKEN },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::notice::No pull request comment: the pull request comes from a fork');
    expect(server.requests).toEqual([]);
  });
});
