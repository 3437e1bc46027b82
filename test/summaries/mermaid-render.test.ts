import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, mermaidBlocks, mermaidPage, renderDiagrams } from '../../scripts/mermaid-browser.mjs';
import { computeFigures, buildReport, type DeploymentRecord } from '../../src/dora-metrics/metrics.js';
import { doraSummary } from '../../src/dora-metrics/summary.js';
import type { DeployResult } from '../../src/deploy/deploy.js';
import { checkHealth, type CheckConfig, type HealthResult } from '../../src/health-check/check.js';
import { parseJsonExpectation, parseStatusRanges } from '../../src/health-check/policy.js';
import type { RollbackResult } from '../../src/health-check/rollback.js';
import { summaryMarkdown } from '../../src/health-check/summary.js';
import { finalVerdict } from '../../src/health-check/verdict.js';
import { barChart, ganttChart } from '../../src/lib/mermaid.js';
import { pipelineSummary, type Story } from '../../src/pipeline/story.js';
import { parseSeverity } from '../../src/trivy-gate/config.js';
import { decide, type Policy } from '../../src/trivy-gate/policy.js';
import { gateMarkdown } from '../../src/trivy-gate/summary.js';
import { FakeClock, fakeDeps, json, testCheckConfig, type ScriptedAnswer } from '../health-check/fake-clock.js';
import { parseFixture } from '../trivy-gate/fixtures.js';

/**
 * Every diagram the summaries can emit renders: the real summary builders (health-check, pipeline,
 * trivy-gate, dora-metrics) over many inputs, hostile labels included, rendered by the `mermaid`
 * package in Debian's headless Chromium (mermaid.parse, then mermaid.render), all in one browser.
 */

/** Text a user, a provider or a remote service may put into a label. */
const HOSTILE = [
  'a "quoted" label',
  "it's",
  '[bracket] (paren) {brace} <angle>',
  'colon: here:: and ::error::',
  'semi; colon,comma',
  '%% a comment',
  '%%{init: {"theme": "dark"}}%%',
  '# hash #1',
  'new\nline\r\nand\ttab',
  'unicode é 中文 🚀 ‮rtl',
  '<b>html</b><script>alert(1)</script><img src=x onerror=alert(1)>',
  '`back`ticks` and \\ backslash',
  'title Injected',
  'section Evil',
  'dateFormat YYYY',
  'a --> b ; x-axis [1] ; bar [9]',
  'end',
  '',
  '   ',
  '&amp; &lt; &#35;',
  'x'.repeat(300),
];

const HOSTILE_URLS = [
  'http://127.0.0.1:8080/he"al[th]:%25%25#frag',
  'https://user:secret@ünïcödé.example/päth;x=1/%3Cb%3E?q=<b>',
  'https://api.example.com/health',
  'not a url "]; %%',
];

const H = 3_600_000;

function checkConfig(urls: string[], overrides: Partial<CheckConfig> = {}): CheckConfig {
  return testCheckConfig({
    urls,
    expectations: { statuses: parseStatusRanges('200')!, json: [parseJsonExpectation('status', 'ok')!] },
    maxAttempts: 3,
    ...overrides,
  });
}

async function check(config: CheckConfig, answer: (url: string, t: number) => ScriptedAnswer): Promise<HealthResult> {
  const clock = new FakeClock();
  return clock.run(checkHealth(config, fakeDeps(clock, answer)));
}

const ok = json(200, { status: 'ok' });
const down = json(503, { status: 'error "]; %%' });

async function healthSummaries(): Promise<string[]> {
  const out: string[] = [];
  const scenarios: Array<{
    config: CheckConfig;
    answer: (url: string, t: number) => ScriptedAnswer;
    after?: (url: string, t: number) => ScriptedAnswer;
  }> = [
    { config: checkConfig(['https://api.example.com/health']), answer: () => ok },
    {
      config: checkConfig(HOSTILE_URLS),
      answer: (url) => (url.includes('127') ? down : { ...ok, latencyMs: 40 }),
      after: () => ok,
    },
    {
      config: checkConfig(HOSTILE_URLS.slice(0, 2), { maxAttempts: 0, timeoutMs: 3 * H, intervalMs: 60_000 }),
      answer: (_, t) => (t < 2 * H ? { error: 'ECONNREFUSED "x"' } : ok),
    },
    {
      config: checkConfig(['https://api.example.com/health'], { maxAttempts: 200, intervalMs: 10 }),
      answer: (_, t) => ({ ...down, latencyMs: 1 + (t % 97) }),
      after: () => down,
    },
    {
      config: checkConfig(['https://api.example.com/health'], { maxAttempts: 1 }),
      answer: () => ({ hang: true }),
      after: () => ok,
    },
  ];
  for (const scenario of scenarios) {
    const health = await check(scenario.config, scenario.answer);
    const rollbacks: Array<RollbackResult | undefined> = [
      undefined,
      {
        provider: 'none',
        description: 'no rollback (rollback: none)',
        attempted: false,
        rolledBack: false,
        healthyAfter: false,
      },
    ];
    if (scenario.after) {
      const verification = await check(scenario.config, scenario.after);
      for (const detail of HOSTILE.slice(0, 6)) {
        rollbacks.push(
          {
            provider: 'command',
            description: detail,
            attempted: true,
            outcome: { ok: true, detail, durationMs: 1234 },
            verification,
            rolledBack: true,
            healthyAfter: verification.healthy,
          },
          {
            provider: 'vercel',
            description: detail,
            attempted: true,
            outcome: { ok: false, detail, durationMs: 0 },
            rolledBack: false,
            healthyAfter: false,
          },
          {
            provider: 'ssh',
            description: detail,
            attempted: true,
            outcome: { ok: true, detail, durationMs: 5 * 60_000 },
            rolledBack: true,
            healthyAfter: false,
          },
        );
      }
    }
    for (const rollback of rollbacks) {
      const verdict = finalVerdict(health, rollback, scenario.config, true);
      out.push(summaryMarkdown(health, rollback, verdict, scenario.config));
      out.push(
        pipelineSummary(
          story(HOSTILE[out.length % HOSTILE.length]!, { config: scenario.config, health, rollback, verdict }),
          notification,
          'acme/shop to production',
        ),
      );
    }
  }
  return out;
}

const notification = { final: { sent: false, skipped: true, attempts: 0 } };

function story(
  label: string,
  checked?: {
    config: CheckConfig;
    health: HealthResult;
    rollback: RollbackResult | undefined;
    verdict: ReturnType<typeof finalVerdict>;
  },
  deploy: Partial<DeployResult> = {},
): Story {
  const result: DeployResult = {
    provider: 'command',
    environment: label,
    deployed: true,
    skipped: false,
    reason: '',
    deploymentId: label,
    previousDeploymentId: label,
    url: 'https://example.com',
    status: 'ready',
    durationMs: 4321,
    githubDeploymentId: '',
    ...deploy,
  };
  if (!checked) return { deploy: result };
  const rollback = checked.rollback ? { rollback: checked.rollback } : {};
  return {
    deploy: result,
    checked: {
      config: checked.config,
      outcome: { health: checked.health, reportJson: '[]', ...rollback },
      verdict: checked.verdict,
    },
  };
}

function pipelineOnly(): string[] {
  return HOSTILE.flatMap((label) => [
    pipelineSummary(story(label), notification, label),
    pipelineSummary(story(label, undefined, { deployed: false, error: label, durationMs: 2 * H }), notification, label),
    pipelineSummary(story(label, undefined, { deployed: false, skipped: true, reason: label }), notification, label),
    pipelineSummary(story(label, undefined, { durationMs: 0 }), notification, label),
  ]);
}

function trivySummaries(): string[] {
  const policies: Array<Partial<Policy>> = [
    { failOn: parseSeverity('CRITICAL,HIGH') },
    { failOn: [] },
    { failOn: parseSeverity('LOW'), ignoreUnfixed: true, maxFindings: { HIGH: 5 } },
    { failOn: parseSeverity('CRITICAL'), allow: [{ id: 'CVE-2019-14697', reason: HOSTILE[6]! }] },
  ];
  const fixtures = [
    'image-alpine-39.json',
    'image-debian-buster.json',
    'fs-npm-with-suppressed.json',
    'secret-repo.json',
    'config-helm.json',
    'image-zero-findings-empty-result.json',
  ];
  return fixtures.flatMap((name) => {
    const report = parseFixture(name);
    return policies.map((overrides) => {
      const policy: Policy = {
        failOn: [],
        ignoreUnfixed: false,
        ignores: [],
        allow: [],
        maxFindings: {},
        ...overrides,
      };
      const verdict = decide(report.findings, report.suppressedByTrivy, policy, new Date('2026-01-01T00:00:00Z'));
      return gateMarkdown({
        verdict,
        policy,
        artifact: { name: HOSTILE[2]!, type: 'image' },
        reportPath: 'trivy.json',
        maxRows: 20,
      });
    });
  });
}

function doraSummaries(): string[] {
  const to = Date.UTC(2026, 10, 26);
  const records = (count: number): DeploymentRecord[] =>
    Array.from({ length: count }, (_, i) => ({
      id: i + 1,
      task: i % 7 === 0 ? 'deploy:rollback' : 'deploy',
      createdAt: to - (i + 1) * 5 * H,
      state: i % 4 === 0 ? 'failure' : 'success',
      stateAt: to - (i + 1) * 5 * H + 60_000,
      successAt: i % 4 === 0 ? undefined : to - (i + 1) * 5 * H + 60_000,
      committedAt: to - (i + 1) * 5 * H - H,
      logUrl: 'https://github.com/acme/shop/actions/runs/1',
      sha: 'abcdef0123456789',
    }));
  return [0, 1, 40, 140].flatMap((count, n) =>
    [30, 90].map((days) => {
      const from = to - days * 24 * H;
      const list = records(count).filter((record) => record.createdAt >= from);
      const figures = computeFigures(list, to - from);
      const label = HOSTILE[(n * 2 + days) % HOSTILE.length]!;
      const report = buildReport(figures, list, { repository: label, environment: label, from, to });
      return doraSummary(figures, report, list, { from, to, text: `${days}d` });
    }),
  );
}

/** The shared builders straight, with every hostile label. */
function builderDiagrams(): string[] {
  return [
    barChart({
      title: HOSTILE.join(' '),
      labels: HOSTILE,
      axis: HOSTILE[1]!,
      bars: HOSTILE.map((_, i) => i * 1.5),
      line: HOSTILE.map((_, i) => i % 3),
    }),
    barChart({ title: '', labels: [], axis: '', bars: [] }),
    ganttChart({
      title: HOSTILE[12]!,
      sections: HOSTILE.map((name, i) => ({
        name,
        tasks: [
          {
            label: HOSTILE[(i + 5) % HOSTILE.length]!,
            startMs: i * 1000,
            endMs: i * 1000 + (i % 2) * 700,
            state: i % 3 === 0 ? 'crit' : 'done',
          },
        ],
      })),
    }),
    ganttChart({
      title: 'long',
      sections: [{ name: 'x', tasks: [{ label: 'day', startMs: 0, endMs: 26 * H, state: 'active' }] }],
    }),
  ].flatMap(mermaidBlocks);
}

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await mermaidPage(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

describe('every diagram in the summaries renders with mermaid', () => {
  it('renders the health-check, pipeline, trivy-gate and dora-metrics diagrams, hostile labels included', async () => {
    const sources: Record<string, string[]> = {
      'health-check and pipeline': await healthSummaries(),
      pipeline: pipelineOnly(),
      'trivy-gate': trivySummaries(),
      'dora-metrics': doraSummaries(),
    };
    const diagrams = new Map<string, string>();
    for (const [source, summaries] of Object.entries(sources)) {
      const found = summaries.flatMap(mermaidBlocks);
      expect(found.length, `${source} emits diagrams`).toBeGreaterThan(summaries.length / 2);
      for (const diagram of found) diagrams.set(diagram, source);
    }
    for (const diagram of builderDiagrams()) diagrams.set(diagram, 'lib/mermaid');
    // All kinds are there: timelines, latency and severity charts, weekly charts.
    const texts = [...diagrams.keys()];
    expect(texts.filter((text) => text.startsWith('gantt')).length).toBeGreaterThan(20);
    expect(texts.filter((text) => text.includes('Latency of')).length).toBeGreaterThan(3);
    expect(texts.filter((text) => text.includes('Findings by severity')).length).toBeGreaterThan(5);
    expect(texts.filter((text) => text.includes('per week')).length).toBeGreaterThan(3);

    const started = performance.now();
    const results = await renderDiagrams(page, texts);
    const failures = results.flatMap((result, i) =>
      result.ok ? [] : [`${diagrams.get(texts[i]!)}: ${result.error}\n${texts[i]}`],
    );
    expect(failures).toEqual([]);
    // Each drew a picture, not an empty SVG.
    for (const result of results) if (result.ok) expect(result.svg.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('fails on a malformed diagram, so the check above can fail', async () => {
    const results = await renderDiagrams(page, [
      'gantt\n  dateFormat x\n  broken : : :',
      'xychart-beta\n  x-axis [a b\n  bar [1, 2]',
      'xychart-beta\n  title "a "quoted" title"\n  x-axis ["a"]\n  bar [1]',
      'xychart-beta\n  title "x"\n  x-axis ["a", ""]\n  bar [1, 2]',
    ]);
    expect(results.map((result) => result.ok)).toEqual([false, false, false, false]);
  });
});
