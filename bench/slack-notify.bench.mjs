// slack-notify: cold start of the bundle on the skip path (no webhook-url, no bot-token: what fork
// and Dependabot runs do) beside a bare `node -e 0`, both on Node 24 in this run; and the size of
// everything in dist/slack-notify (the YAML parser is a chunk loaded only for a YAML payload).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { actionStep } from '../scripts/runner-step.mjs';
import { median, ms, NODE24, paired, percentile, ROOT, section, timeOnce } from './lib.mjs';

const RUNS = 15;
const dist = join(ROOT, 'dist', 'slack-notify');
const bundle = join(dist, 'index.js');

// The environment a runner gives the step: every input at its action.yml default, and the files.
const { env } = actionStep('slack-notify', {}, { kind: 'bench-slack-notify' });

// Paired: bare node and the bundle alternate, and the ratio is the median of the per-pair ratios.
const {
  a: baseline,
  b: skip,
  ratio,
} = await paired(timeOnce(NODE24, ['-e', '0'], { env }), timeOnce(NODE24, [bundle], { env }), { pairs: RUNS });
if (!readFileSync(env.GITHUB_OUTPUT, 'utf8').includes('skipped'))
  throw new Error('the bundle did not take the skip path');

const files = readdirSync(dist).map((file) => ({ file, bytes: statSync(join(dist, file)).size }));
const total = files.reduce((sum, f) => sum + f.bytes, 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

section(
  'slack-notify: cold start and bundle size',
  'Wall time of `node dist/slack-notify/index.js` on the skip path (inputs at their defaults, no secret) ' +
    'and of `node -e 0`, ' +
    `Node 24, ${RUNS} pairs after one warm-up pair, sides alternated.`,
  ['What', 'Median', 'p90', 'vs node -e 0'],
  [
    ['`node -e 0`', ms(median(baseline)), ms(percentile(baseline, 90)), '1.0×'],
    ['slack-notify (skip path)', ms(median(skip)), ms(percentile(skip, 90)), `${ratio.toFixed(2)}× (median of pairs)`],
    [
      '**bundle size**',
      `${kib(total)} in ${files.length} files`,
      files.map((f) => `${f.file} ${kib(f.bytes)}`).join(', '),
      '',
    ],
  ],
  [
    {
      met: median(skip) - median(baseline) < 250,
      text: `start-up over bare Node is ${ms(median(skip) - median(baseline))} (target: under 250 ms)`,
    },
  ],
);
