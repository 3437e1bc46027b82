// Start-up: every bundle's quickest path (a skip where the action is gated on a secret, else the
// first bad input) and slack-notify's webhook post to a loopback receiver, each paired with a bare
// `node -e 0` on Node 24: A and B alternate pair by pair and the figure is the median of the
// per-pair ratios (bench/lib.mjs `paired`), so load that comes and goes hits both sides alike.
// Goals (issue 13): every quickest path ≤ 2.0× bare node; the webhook post ≤ 2.5×.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { actionStep } from '../scripts/runner-step.mjs';
import { median, ms, NODE24, paired, ROOT, section, timeOnce } from './lib.mjs';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 15);

/** What each action is given for its quickest path; the rest of its inputs keep their defaults. */
const QUICKEST = {
  deploy: { path: 'skip (no token)', inputs: { provider: 'command', command: 'true' } },
  'eas-build': { path: 'skip (no token)', inputs: {} },
  'slack-notify': { path: 'skip (no webhook)', inputs: {} },
  pipeline: { path: 'skip (no token)', inputs: { provider: 'command', command: 'true' } },
  'health-check': { path: 'bad input (no url)', inputs: {} },
  'trivy-gate': { path: 'bad input (scan-type)', inputs: { 'scan-type': 'nope' } },
  'migration-drift': { path: 'bad input (tool)', inputs: { tool: 'nope' } },
};

/** The environment a runner gives a step: files, and every input at its action.yml default. */
function stepEnv(action, inputs) {
  return actionStep(action, inputs, { kind: `bench-startup-${action}` }).env;
}

const bare = timeOnce(NODE24, ['-e', '0']);
const rows = [];
const verdicts = [];
const actions = readdirSync(join(ROOT, 'dist'))
  .filter((name) => existsSync(join(ROOT, 'dist', name, 'index.js')))
  .sort();
for (const action of actions) {
  const quickest = QUICKEST[action] ?? { path: 'inputs at their defaults', inputs: {} };
  const result = await paired(
    bare,
    timeOnce(NODE24, [join(ROOT, 'dist', action, 'index.js')], { env: stepEnv(action, quickest.inputs) }),
    { pairs: PAIRS },
  );
  rows.push([action, quickest.path, ms(median(result.a)), ms(median(result.b)), `${result.ratio.toFixed(2)}×`]);
  verdicts.push({
    met: result.ratio <= 2.0,
    text: `${action} quickest path ${result.ratio.toFixed(2)}× bare node (goal ≤ 2.0×)`,
  });
}

// slack-notify's webhook post: a loopback receiver that answers as Slack does (200 "ok").
let received = 0;
const receiver = createServer((request, response) => {
  request.resume().on('end', () => {
    received++;
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
});
await new Promise((done) => receiver.listen(0, '127.0.0.1', done));
const webhookEnv = stepEnv('slack-notify', {
  'webhook-url': `http://127.0.0.1:${receiver.address().port}/services/T0/B0/x`,
  status: 'success',
});
// The receiver lives in this process, so the bundle must run while the event loop is free.
const runAsync = (args, env) => async () => {
  const started = performance.now();
  const code = await new Promise((done, fail) =>
    spawn(NODE24, args, { env, stdio: 'ignore' }).on('error', fail).on('exit', done),
  );
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return performance.now() - started;
};
const post = await paired(
  runAsync(['-e', '0'], process.env),
  runAsync([join(ROOT, 'dist', 'slack-notify', 'index.js')], webhookEnv),
  { pairs: PAIRS },
);
receiver.close();
if (received < PAIRS) throw new Error(`the receiver saw ${received} posts for ${PAIRS + 1} runs`);
rows.push([
  'slack-notify',
  'webhook post (loopback)',
  ms(median(post.a)),
  ms(median(post.b)),
  `${post.ratio.toFixed(2)}×`,
]);
verdicts.push({
  met: post.ratio <= 2.5,
  text: `slack-notify webhook post ${post.ratio.toFixed(2)}× bare node (goal ≤ 2.5×)`,
});

section(
  'Start-up: every bundle beside bare Node',
  `Wall time of \`node dist/<action>/index.js\` as the runner starts it, ` +
    `paired with \`node -e 0\` (Node 24): ${PAIRS} pairs after one warm-up, ` +
    'sides alternated, ratio = median of the per-pair ratios.',
  ['Action', 'Path', '`node -e 0` median', 'Bundle median', 'Ratio (median of pairs)'],
  rows,
  verdicts,
);
