import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/eas-build/builds.js';
import { commentMarkdown, summaryMarkdown } from '../../src/eas-build/report.js';

const build: BuildReport = {
  id: '0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6',
  platform: 'android',
  status: 'finished',
  profile: 'preview',
  buildUrl: 'https://expo.dev/accounts/acme/projects/acme-mobile/builds/0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6',
  artifactUrl: 'https://expo.dev/artifacts/eas/q7Wc.apk',
  artifactPath: '',
  appVersion: '1.4.0',
  appBuildVersion: '42',
};

describe('summaryMarkdown', () => {
  it('shows platform, profile, version, status and both links', () => {
    const markdown = summaryMarkdown({
      profile: 'preview',
      builds: [build],
      wait: true,
      failures: [],
      easCli: 'eas-cli 24.8.0 (tool-cache)',
    });
    expect(markdown).toContain('### ✅ EAS build finished');
    expect(markdown).toContain(
      '| android | preview | 1.4.0 (42) | ✅ finished | ' +
        '[0c8e7d6f](https://expo.dev/accounts/acme/projects/acme-mobile/builds/0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6)' +
        ' | [q7Wc.apk](https://expo.dev/artifacts/eas/q7Wc.apk) |',
    );
    expect(markdown).toContain('<sub>eas-cli 24.8.0 (tool-cache)</sub>');
  });

  it('never links an artifact URL that carries a query string (a signature)', () => {
    const signed = { ...build, artifactUrl: 'https://storage.example/a.apk?X-Goog-Signature=abc123' };
    const markdown = summaryMarkdown({ profile: 'preview', builds: [signed], wait: true, failures: [] });
    expect(markdown).not.toContain('abc123');
    expect(markdown).toContain('| a.apk |');
  });

  it('says queued for wait: false and lists failures escaped', () => {
    const queued = summaryMarkdown({
      profile: 'preview',
      builds: [{ ...build, status: 'in-queue', artifactUrl: '' }],
      wait: false,
      failures: [],
    });
    expect(queued).toContain('⏳ EAS build queued (not waited for)');
    expect(queued).toContain('| ⏳ in-queue |');
    expect(queued).toContain('| not yet |');
    const failed = summaryMarkdown({
      profile: 'p',
      builds: [{ ...build, status: 'errored', artifactUrl: '' }],
      wait: true,
      failures: ['Gradle <b>failed</b> | x'],
    });
    expect(failed).toContain('### ❌ EAS build failed');
    expect(failed).toContain('- Gradle &lt;b&gt;failed&lt;/b&gt; \\| x');
  });
});

describe('commentMarkdown', () => {
  it('names the commit and links the run', () => {
    const markdown = commentMarkdown({
      profile: 'preview',
      builds: [build],
      wait: true,
      failures: [],
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      sha: '4e1f0c2d9b8a',
    });
    expect(markdown.split('\n')[0]).toBe('#### ✅ EAS build finished for `4e1f0c2`');
    expect(markdown).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/1)');
  });
});
