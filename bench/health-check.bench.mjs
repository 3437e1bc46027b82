// health-check: how fast the step ends once the service is healthy, how far past the deadline it
// runs when a server accepts and never answers, and whether ten URLs cost the time of one.
// Each figure runs the real bundle (dist/health-check/index.js on Node 24) against loopback
// servers, several times, and reports the median beside its baseline and target.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { actionStep } from '../scripts/runner-step.mjs';
import { median, ms, NODE24, ROOT, section } from './lib.mjs';

const BUNDLE = join(ROOT, 'dist', 'health-check', 'index.js');
const RUNS = 7;

/** Runs the bundle with these inputs; resolves with the wall time at which the process exited. */
function runStep(inputs) {
  const { env } = actionStep('health-check', inputs, { kind: 'hc-bench' });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [BUNDLE], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, started, exited: performance.now() }));
  });
}

/** A loopback server; `handler(request, response)` decides. */
async function serve(handler) {
  const server = createServer(handler);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => (server.closeAllConnections(), server.close()),
  };
}

// 1. Time from healthy to exit: the service answers 503 until a moment chosen at a different
//    offset within the probe interval in each run, then 200. Target: within one interval + 100 ms.
const INTERVAL = 500;
const toExit = [];
for (let i = 0; i < RUNS; i++) {
  let healthyAt = Infinity;
  let first;
  const server = await serve((_q, r) => {
    first ??= performance.now();
    if (healthyAt === Infinity) healthyAt = first + 700 + (INTERVAL * i) / RUNS;
    r.writeHead(performance.now() >= healthyAt ? 200 : 503).end();
  });
  const { code, exited } = await runStep({ url: `${server.url}/health`, interval: `${INTERVAL}ms`, timeout: '20s' });
  server.close();
  if (code !== 0) throw new Error(`healthy-to-exit run ${i} exited with ${code}`);
  toExit.push(exited - healthyAt);
}

// 2. Deadline overshoot: the server accepts every request and never answers. The step's clock
//    starts just before the first request, so overshoot = exit - first request - timeout.
const TIMEOUT = 2000;
const overshoot = [];
for (let i = 0; i < RUNS; i++) {
  let first;
  const server = await serve(() => {
    first ??= performance.now();
  });
  const { exited } = await runStep({
    url: `${server.url}/health`,
    timeout: `${TIMEOUT}ms`,
    'request-timeout': '60s',
    interval: '200ms',
  });
  server.close();
  overshoot.push(exited - first - TIMEOUT);
}
// Baseline: the same process failing at once on a bad input (Node start, bundle load, exit).
const startup = [];
for (let i = 0; i < RUNS; i++) {
  const { started, exited } = await runStep({ url: 'not a url' });
  startup.push(exited - started);
}

// 3. Concurrency: each endpoint takes 300 ms to answer; 1 URL against 10 URLs.
const LATENCY = 300;
const server = await serve((_q, r) => setTimeout(() => r.writeHead(200).end('ok'), LATENCY));
const one = [];
const ten = [];
const tenUrls = Array.from({ length: 10 }, (_, i) => `${server.url}/health/${i}`).join('\n');
for (let i = 0; i < RUNS; i++) {
  // Alternate the order, so that neither side always runs first after the other.
  const pair = [
    [`${server.url}/health`, one],
    [tenUrls, ten],
  ];
  for (const [urls, times] of i % 2 ? pair.reverse() : pair) {
    const { code, started, exited } = await runStep({ url: urls, timeout: '20s' });
    if (code !== 0) throw new Error(`concurrency run exited with ${code}`);
    times.push(exited - started);
  }
}
server.close();

// The ten-to-one figure is the median of the per-pair ratios: both sides of a pair saw the same load.
const tenToOne = median(ten.map((t, i) => t / one[i]));
const m = {
  toExit: median(toExit),
  overshoot: median(overshoot),
  startup: median(startup),
  one: median(one),
  ten: median(ten),
};
section(
  'health-check',
  `The bundle on Node 24 against loopback servers, median of ${RUNS} runs each. ` +
    `Healthy-to-exit: the service turns healthy at a different point of the ${INTERVAL} ms ` +
    'interval in each run. Overshoot: a server that accepts and never answers, ' +
    `timeout ${TIMEOUT} ms, request-timeout 60 s. Concurrency: endpoints answering in ${LATENCY} ms.`,
  ['Figure', 'Median', 'Baseline / target', 'Ratio'],
  [
    [
      'Service healthy -> step exited',
      ms(m.toExit),
      `interval ${INTERVAL} ms; target <= ${INTERVAL + 100} ms`,
      (m.toExit / INTERVAL).toFixed(2),
    ],
    ['Exit past the deadline (hanging server)', ms(m.overshoot), 'target < 500 ms', (m.overshoot / 500).toFixed(2)],
    ['Step start-up and exit on a bad input', ms(m.startup), 'reference: fixed cost in every figure', ''],
    ['Step time, 1 URL', ms(m.one), `one probe of ${LATENCY} ms`, ''],
    [
      'Step time, 10 URLs',
      ms(m.ten),
      `1 URL: ${ms(m.one)}; one at a time would be ~${ms(m.startup + 10 * (m.one - m.startup))}`,
      `${tenToOne.toFixed(2)} x 1 URL (median of pairs)`,
    ],
  ],
  [
    {
      met: m.toExit <= INTERVAL + 100,
      text: `healthy -> exit within one interval + 100 ms (${ms(m.toExit)} <= ${INTERVAL + 100} ms)`,
    },
    { met: m.overshoot < 500, text: `deadline overshoot under 500 ms (${ms(m.overshoot)})` },
    {
      met: tenToOne < 1.5,
      text: `10 URLs in about the time of one (${tenToOne.toFixed(2)} x, paired, target < 1.5 x)`,
    },
  ],
);
