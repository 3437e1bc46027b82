import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../src/health-check/check.js';
import { summaryMarkdown } from '../../src/health-check/summary.js';
import { finalVerdict } from '../../src/health-check/verdict.js';
import { ganttChart, ganttText } from '../../src/lib/mermaid.js';
import { FakeClock, fakeDeps, json, testCheckConfig } from '../health-check/fake-clock.js';

/**
 * What the pictures say: the numbers and labels in the diagrams
 * (test/summaries/mermaid-render.test.ts checks they render).
 */

describe('timeline labels', () => {
  it('keeps a colon from ending a gantt name, and a grammar word from starting one', () => {
    expect(ganttText('https://api.example.com:8443/health')).toBe('https\uA789//api.example.com\uA7898443/health');
    expect(ganttText('title Injected')).toBe('– title Injected');
    expect(ganttText('Section: x')).toBe('– Section\uA789 x');
    expect(ganttText('"]; %%{init}%% #1 <b>')).toBe('init 1 b');
    expect(ganttText('  ')).toBe('–');
  });

  it('chooses about eight ticks, labelled as elapsed time', () => {
    const chart = (endMs: number) =>
      ganttChart({ title: 't', sections: [{ name: 's', tasks: [{ label: 'a', startMs: 0, endMs, state: 'done' }] }] });
    expect(chart(640)).toContain('  axisFormat %S.%L\n  tickInterval 100millisecond\n');
    expect(chart(95_000)).toContain('  axisFormat %M:%S\n  tickInterval 15second\n');
    expect(chart(5 * 3_600_000)).toContain('  axisFormat %H:%M\n  tickInterval 1hour\n');
    // A task that takes no time still gets a bar mermaid draws.
    expect(chart(0)).toContain('  a :done, 0, 1\n');
  });
});

describe("health-check's pictures", () => {
  it(
    'draws the timeline after the verdict, each URL from its ' +
      'first probe to its last, and the latency of the last 60 probes',
    async () => {
      const config = testCheckConfig({
        urls: ['https://a.example/health', 'https://b.example/ready'],
        intervalMs: 100,
        maxAttempts: 80,
        timeoutMs: 60_000,
      });
      const clock = new FakeClock();
      let probes = 0;
      const health = await clock.run(
        checkHealth(
          config,
          fakeDeps(clock, (url) =>
            url.includes('b.example') ? { ...json(503, {}), latencyMs: 1 + (probes++ % 9) } : json(200, {}),
          ),
        ),
      );
      const verdict = finalVerdict(health, undefined, config, true);
      const summary = summaryMarkdown(health, undefined, verdict, config);
      const timeline = summary.indexOf('```mermaid\ngantt');
      expect(timeline).toBeGreaterThan(summary.indexOf(verdict.message.slice(0, 20)));
      expect(timeline).toBeLessThan(summary.indexOf('| Verdict |'));
      expect(summary).toContain('  section Health check\n  Healthy, 1 probe in 5 ms, a.example/health :done, 0, 5\n');
      expect(summary).toMatch(/ {2}Unhealthy, 80 probes in [\d.]+ s, b\.example\/ready :crit, 0, \d+\n/);
      // One chart: a.example answered once; b.example's last 60 of 80 probes, numbered.
      expect(summary.match(/title "Latency of/g)).toHaveLength(1);
      expect(summary).toContain('title "Latency of last 60 of 80 probes in ms, b.example/ready"');
      const b = health.urls[1]!.probes.slice(-60);
      expect(summary).toContain(`  x-axis [${b.map((p) => `"${p.attempt}"`).join(', ')}]`);
      expect(summary).toContain(`  bar [${b.map((p) => p.latencyMs).join(', ')}]`);
      expect(b[0]!.attempt).toBe(21);
    },
  );
});
