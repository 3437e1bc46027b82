// dora-metrics: the time to read 10,000 deployments, side by side with the number of GitHub API
// requests made. The loopback GitHub API of the tests (every request checked against GitHub's
// GraphQL schema) serves a generated history; the bundle runs as the runner runs it. Paired A/B,
// alternated: A reads 10,000 deployments, B reads an empty environment (start-up and one request),
// so A − B is the cost of reading.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { actionStep, readStep } from '../scripts/runner-step.mjs';
import { median, ms, NODE24, percentile, ROOT, section } from './lib.mjs';

const RUNS = 5;
const COUNT = 10_000;
const TOKEN = 'ghs_benchToken000000000000';

// The test support is TypeScript: tsx (a devDependency, as for npm run screenshots) loads it.
register();
const { startGithubApi } = await import('../test/support/github-api.ts');
const { generateHistory } = await import('../test/dora-metrics/history.ts');

const history = generateHistory(2026, COUNT, Date.now(), 60);
for (const deployment of history.deployments) deployment.environment = 'production';
const api = await startGithubApi({ token: TOKEN, ...history });

function runDora(environment) {
  const { dir, env, files } = actionStep(
    'dora-metrics',
    { token: TOKEN, repository: '', environment, window: '90d' },
    { kind: 'bench-dora', env: { GITHUB_API_URL: api.url } },
  );
  const before = api.graphqlRequests();
  const serverBefore = api.graphqlServerMs();
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(NODE24, [join(ROOT, 'dist/dora-metrics/index.js')], { env, stdio: 'ignore' });
    child.on('error', fail);
    child.on('close', (code) => {
      const elapsed = performance.now() - started;
      const outputs = readStep(files).outputs;
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) return fail(new Error(`dora-metrics exited with ${code}`));
      done({
        elapsed,
        requests: api.graphqlRequests() - before,
        serverMs: api.graphqlServerMs() - serverBefore,
        report: JSON.parse(outputs.report),
      });
    });
  });
}

await runDora('production'); // warm-up
const a = [];
const b = [];
for (let i = 0; i < RUNS; i++) {
  a.push(await runDora('production'));
  b.push(await runDora('nowhere'));
}
await api.close();
if (api.problems.length) throw new Error(`requests GitHub's schema rejects: ${api.problems[0]}`);
const read = a[0].report;
const times = (runs) => runs.map((run) => run.elapsed);
const net = a.map((run, i) => run.elapsed - b[i].elapsed);
const rest = 1 + COUNT / 100 + 2 * COUNT;

section(
  'dora-metrics: reading 10,000 deployments',
  'Wall time of `node dist/dora-metrics/index.js` against the loopback GitHub API (GraphQL, every query ' +
    `validated against @octokit/graphql-schema) serving ${COUNT.toLocaleString('en')} deployments in production ` +
    `within the window, beside the same bundle on an empty environment, alternated A/B, ${RUNS} pairs after a ` +
    'warm-up, Node 24, same machine and run. A REST reader ' +
    `(list pages + statuses + commit per deployment) would need about ${rest.toLocaleString('en')} requests.`,
  ['What', 'Deployments read', 'API requests', 'Median', 'p90', 'of which the loopback API (median)'],
  [
    [
      'A: 10,000 deployments',
      `${COUNT.toLocaleString('en')} (${read.deployments} counted, ${read.rollbacks} rollbacks)`,
      String(a[0].requests),
      ms(median(times(a))),
      ms(percentile(times(a), 90)),
      ms(median(a.map((run) => run.serverMs))),
    ],
    [
      'B: empty environment',
      '0',
      String(b[0].requests),
      ms(median(times(b))),
      ms(percentile(times(b), 90)),
      ms(median(b.map((run) => run.serverMs))),
    ],
    ['A − B (paired)', '', '', ms(median(net)), ms(percentile(net, 90)), ''],
  ],
  [
    {
      met: a[0].requests <= Math.ceil(COUNT / 100) + 1,
      text: `${a[0].requests} requests for ${COUNT.toLocaleString('en')} deployments (target: one per 100)`,
    },
    {
      met: median(times(a)) < 10_000,
      text: `median ${ms(median(times(a)))} to read and report them (target: under 10 s)`,
    },
  ],
);
