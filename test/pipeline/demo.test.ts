import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../support/bundle.js';
// @ts-expect-error: a plain JavaScript module of the demo
import { displayWidth, renderMarkdown } from '../../scripts/terminal-markdown.mjs';

/** `npm run demo` as a user runs it (without colours), so that it cannot rot. */
function demo(): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(NODE24, [join(ROOT, 'scripts/demo.mjs')], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
    // The timeline of the bad release, drawn in text: deploy, probes, rollback, re-check.
    const timeline = [
      String.raw` {2}What happened \(0 to [\d.]+ m?s\)`,
      String.raw` {2}Deploy`,
      String.raw` {4}Deploy v3 with command done in [\d.]+ m?s +█+`,
      String.raw` {2}Health check`,
      String.raw` {4}Unhealthy, 3 probes in [\d.]+ m?s, 127\.0\.0\.1:\d+\/\S* + █+`,
      String.raw` {2}Rollback`,
      String.raw` {4}Rollback with command done in [\d.]+ m?s + █+`,
      String.raw` {2}After rollback`,
      String.raw` {4}Healthy, 1 probe in`,
    ];
    expect(out).toMatch(new RegExp(timeline.join(String.raw`\n`)));
    expect(out).toMatch(/Latency of each probe in ms, 127\.0\.0\.1:\d+\/health\n {4}1 +█+ \d+\n {4}2 /);
    expect(out).toContain('✔ Everything behaved as expected');
    expect(out).not.toContain('\x1b[');
  });
});

describe('markdown for a terminal', () => {
  it('renders headings, aligned tables (emoji: two columns), links as text (url), details open, code indented', () => {
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
  });

  it('draws the Mermaid timeline and bar charts in text, and shows any other diagram as its source', () => {
    const markdown = [
      '```mermaid',
      'gantt',
      '  title What happened',
      '  dateFormat x',
      '  axisFormat %S.%L s',
      '  section Deploy',
      '  Deploy v3 done in 1.0 s :done, 0, 1000',
      '  section Health check',
      '  Unhealthy, 127.0.0.1\uA7898080/health :crit, 1000, 2000',
      '```',
      '```mermaid',
      'xychart-beta',
      '  title "Findings by severity"',
      '  x-axis ["CRITICAL", "LOW"]',
      '  y-axis "Findings" 0 --> 4',
      '  bar [4, 0]',
      '  line [1, 2]',
      '```',
      '```mermaid',
      'flowchart LR',
      '  a --> b',
      '```',
    ].join('\n');
    expect(renderMarkdown(markdown, { width: 60 })).toEqual([
      'What happened (0 to 2.0 s)',
      'Deploy',
      `  Deploy v3 done in 1.0 s           ${'█'.repeat(12)}`,
      'Health check',
      `  Unhealthy, 127.0.0.1:8080/health  ${' '.repeat(12)}${'█'.repeat(12)}`,
      'Findings by severity',
      `  CRITICAL  ${'█'.repeat(36)} 4 · 1`,
      '  LOW        0 · 2',
      '    flowchart LR',
      '      a --> b',
    ]);
    expect(displayWidth('\x1b[1mbold\x1b[22m')).toBe(4);
  });
});
