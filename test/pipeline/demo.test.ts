import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../support/bundle.js';
// @ts-expect-error: a plain JavaScript module of the demo
import { displayWidth, renderMarkdown } from '../../scripts/terminal-markdown.mjs';

/** `npm run demo` as a user runs it (without colours), so that it cannot rot. */
function demo(): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(NODE24, [join(ROOT, 'scripts/demo.mjs')], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out }));
  });
}

describe('npm run demo', () => {
  it('deploys a good release, rolls a bad one back, tells Slack, and says all behaved as expected', async () => {
    const started = performance.now();
    const { code, out } = await demo();
    expect(code, out).toBe(0);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(out).toContain('▶ Release v2: a good release');
    expect(out).toMatch(/── exit code 0 in/);
    expect(out).toMatch(/── exit code 1 \(the step fails, as it should for a release that was unhealthy\)/);
    expect(out).toContain('✉ Slack receiver got message 1 (incoming webhook):');
    expect(out).toContain('┃ ✅ Deploy succeeded: acme/shop to production');
    expect(out).toContain('┃ ❌ Deploy rolled back (unhealthy release): acme/shop to production');
    expect(out).toMatch(/┃ Rollback: healthy again: the rollback command \(ROLLBACK_TO=v2\)/);
    expect(out).toContain('  ❌ Rolled back (unhealthy release): acme/shop to production');
    expect(out).toContain('▾ Body of the answer (excerpt)');
    expect(out).toContain('Service history: deploy v1 -> v2, deploy v2 -> v3, rollback v3 -> v2');
    expect(out).toContain('✔ Everything behaved as expected');
    expect(out).not.toContain('\x1b[');
  });
});

describe('markdown for a terminal', () => {
  it('renders headings, aligned tables (emoji are two columns), links as text (url), details unfolded, code indented', () => {
    const markdown = [
      '## ✅ Deployed: acme/shop',
      '',
      'See [the run](https://github.com/acme/shop/actions/runs/1) &amp; [https://a.example](https://a.example).',
      '',
      '| Step | Result |',
      '| --- | --- |',
      '| Deploy | ✅ deployed `v2` |',
      '| Health \\| check | ⏭️ **skipped** |',
      '',
      '<details><summary>Body of the answer (excerpt)</summary>',
      '',
      '```',
      '{"status":"degraded"}',
      '```',
      '',
      '</details>',
    ].join('\n');
    expect(renderMarkdown(markdown)).toEqual([
      '✅ Deployed: acme/shop',
      '',
      'See the run (https://github.com/acme/shop/actions/runs/1) & https://a.example.',
      '',
      'Step            Result',
      '──────────────  ──────────────',
      'Deploy          ✅ deployed v2',
      'Health | check  ⏭️ skipped',
      '',
      '▾ Body of the answer (excerpt)',
      '',
      '    {"status":"degraded"}',
    ]);
    expect(displayWidth('✅ ok')).toBe(5);
    expect(displayWidth('\x1b[1mbold\x1b[22m')).toBe(4);
  });
});
