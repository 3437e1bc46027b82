#!/usr/bin/env node
// npm run demo: the one-step pipeline (dist/pipeline/index.js) run twice on this machine, as the
// runner runs an action (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), against
// loopback only: a sample service whose /health answers for its live release, and a Slack incoming
// webhook receiver that prints what it gets. No credentials, no network beyond 127.0.0.1.
//   1. release v2, a good one: deployed, healthy, Slack told;
//   2. release v3, a bad one (503, degraded): unhealthy, rolled back to v2, healthy again, the step
//      fails as it should, Slack told the whole story.
// Exits 0 when everything behaved as expected (the second step's failure is expected).
// DEMO_SUMMARY_DIR=<dir> also keeps each run's job summary markdown there (v2.md, v3.md): npm run
// screenshots renders v3.md as GitHub would.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { listen, startSampleService } from './demo-service.mjs';
import { renderMarkdown, styles } from './terminal-markdown.mjs';
import { readStep, runnerStep, stepInputs } from './runner-step.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const style = styles(color);
const width = Math.min(process.stdout.columns || 100, 110);
const print = (text = '') => console.log(text);
const EMOJI = {
  ':white_check_mark:': '✅',
  ':x:': '❌',
  ':rocket:': '🚀',
  ':fast_forward:': '⏩',
  ':no_entry_sign:': '🚫',
};

const bundle = join(root, 'dist', 'pipeline', 'index.js');
if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run npm run build`);
  process.exit(1);
}
// The runtime `runs.using: node24` gives: the `node` devDependency, else the Node running this.
const node24 = existsSync(join(root, 'node_modules', 'node', 'bin', 'node'))
  ? join(root, 'node_modules', 'node', 'bin', 'node')
  : process.execPath;

// ---------------------------------------------------------------------------------------------
const DEPLOY_TOKEN = `demo-deploy-token-${randomBytes(6).toString('hex')}`;
const serviceServer = await startSampleService({ token: DEPLOY_TOKEN });

// A Slack incoming webhook: answers `ok` as Slack does (test/fixtures/slack/webhook/200.ok.txt);
// each step prints the messages it got.
const WEBHOOK_PATH = `/services/T0DEMO/B0DEMO/${randomBytes(12).toString('hex')}`;
const slackMessages = [];
const slackServer = await listen((request, response, body) => {
  if (request.method !== 'POST' || request.url !== WEBHOOK_PATH) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    return response.end('no_service');
  }
  const message = JSON.parse(body);
  slackMessages.push(message);
  response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('ok');
});

// ---------------------------------------------------------------------------------------------
const meta = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const inputs = (release) => ({
  provider: 'command',
  token: DEPLOY_TOKEN,
  environment: 'production',
  command: `node scripts/demo-release.mjs ${release}`,
  'working-directory': root,
  'health-url': `${serviceServer.url}/health`,
  'health-expect-json': 'status=ok\nchecks.database=ok',
  'health-interval': '200ms',
  'health-max-attempts': '3',
  'health-timeout': '10s',
  'rollback-command': 'node scripts/demo-release.mjs --rollback "$ROLLBACK_TO"',
  'slack-webhook-url': `${slackServer.url}${WEBHOOK_PATH}`,
});

const problems = [];
const expect = (what, ok) => {
  if (!ok) problems.push(what);
};

let exitCode = 1;
try {
  print(style.bold(`deploy-kit demo: the one-step pipeline (action.yml -> dist/pipeline/index.js) on loopback`));
  print(
    style.dim(
      `sample service ${serviceServer.url} (live: ${serviceServer.live}), Slack webhook receiver ${slackServer.url}`,
    ),
  );

  const good = await step('Release v2: a good release', inputs('v2'), 'Release v2: faster checkout');
  expect('run 1 exits 0', good.exitCode === 0);
  expect(
    'run 1: status deployed, healthy, notified',
    good.outputs.status === 'deployed' && good.outputs.healthy === 'true' && good.outputs.notified === 'true',
  );
  expect('v2 is live after run 1', serviceServer.live === 'v2');

  const bad = await step('Release v3: a bad release', inputs('v3'), 'Release v3: new database driver');
  expect('run 2 fails the step (exit 1), as it should', bad.exitCode === 1);
  expect(
    'run 2: status rolled-back, unhealthy, rolled back to v2 and healthy again, notified',
    bad.outputs.status === 'rolled-back' &&
      bad.outputs.healthy === 'false' &&
      bad.outputs['rolled-back'] === 'true' &&
      bad.outputs['rollback-healthy'] === 'true' &&
      bad.outputs['previous-deployment-id'] === 'v2' &&
      bad.outputs.notified === 'true',
  );
  expect('v2 is live again after run 2', serviceServer.live === 'v2');
  expect('Slack got two messages', slackMessages.length === 2);
  expect('the second Slack message tells the rollback', /Rolled back/.test(JSON.stringify(slackMessages[1] ?? {})));
  for (const run of [good, bad]) {
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const everything = log + run.stderr + JSON.stringify(run.outputs) + run.summary;
    expect(
      'the deploy token and the webhook appear nowhere',
      !everything.includes(DEPLOY_TOKEN) && !everything.includes(WEBHOOK_PATH),
    );
  }

  print();
  print(style.bold('Service history: ') + serviceServer.history.join(', '));
  if (problems.length === 0) {
    print(
      `${style.bold('✔ Everything behaved as expected:')} v2 deployed and healthy; v3 unhealthy, ` +
        'rolled back to v2, healthy again, and its step failed as it should; Slack told both stories.',
    );
    exitCode = 0;
  } else {
    print(style.bold('✘ Not as expected:'));
    for (const problem of problems) print(`  - ${problem}`);
  }
} finally {
  await Promise.all([serviceServer.close(), slackServer.close()]);
}
process.exitCode = exitCode;

// ---------------------------------------------------------------------------------------------

/** Runs the pipeline bundle as the runner would, then prints its log, outputs and job summary. */
async function step(title, given, commit) {
  print();
  print(style.bold(style.underline(`▶ ${title}`)));
  const { dir, files, env } = runnerStep({
    kind: 'demo',
    workspace: root,
    event: { head_commit: { message: commit } },
    env: { GITHUB_SHA: randomBytes(20).toString('hex'), DEMO_SERVICE_URL: serviceServer.url },
  });
  try {
    Object.assign(env, stepInputs(meta.inputs, given, env));
    const started = performance.now();
    const slackBefore = slackMessages.length;
    const { exitCode, stdout, stderr } = await runNode(bundle, env);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { outputs, summary } = readStep(files);
    if (process.env.DEMO_SUMMARY_DIR)
      writeFileSync(join(process.env.DEMO_SUMMARY_DIR, `${given.command.split(' ').at(-1)}.md`), summary);

    print(style.dim('── step log ──'));
    for (const line of stdout.split('\n')) {
      const shown = logLine(line);
      if (shown !== undefined) print(`  ${shown}`);
    }
    if (stderr.trim()) print(style.dim(stderr.trim()));
    const failed = exitCode !== 0;
    const why = failed ? ' (the step fails, as it should for a release that was unhealthy)' : '';
    print(`${style.bold('── exit code')} ${exitCode}${why} in ${seconds} s`);
    print(style.dim('── outputs ──'));
    const nameWidth = Math.max(...Object.keys(outputs).map((name) => name.length));
    for (const [name, value] of Object.entries(outputs)) {
      const shown = name === 'report' ? `${value.slice(0, width - nameWidth - 10)}…` : value;
      print(`  ${name.padEnd(nameWidth)}  ${shown}`);
    }
    print(style.dim('── Slack receiver ──'));
    slackMessages.slice(slackBefore).forEach((message, index) => printSlack(message, slackBefore + index + 1));
    print(style.dim('── job summary ──'));
    for (const line of renderMarkdown(summary, { color, width: width - 2, indent: '  ' })) print(line);
    return { exitCode, stdout, stderr, outputs, summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A log line as the runner shows it: groups as headers, commands as annotations, masks hidden. */
function logLine(line) {
  if (line === '' || line.startsWith('::add-mask::') || line === '::endgroup::') return undefined;
  if (line.startsWith('::group::')) return style.bold(`▸ ${line.slice(9)}`);
  const command = /^::(error|warning|notice|debug)[^:]*::(.*)$/.exec(line);
  if (command) {
    if (command[1] === 'debug') return undefined;
    const text = command[2].replace(/%0A/g, ' ').replace(/%0D/g, '').replace(/%25/g, '%');
    return `${style.bold(`${command[1][0].toUpperCase()}${command[1].slice(1)}:`)} ${text}`;
  }
  return style.dim(line);
}

function runNode(script, env) {
  return new Promise((done, fail) => {
    const child = spawn(node24, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      done({ exitCode, stdout, stderr });
    });
  });
}

/** A Slack message as a person would read it: headline, colour bar, text, fields, context. */
function printSlack(message, number) {
  const attachment = message.attachments?.[0] ?? {};
  const bar = (text) => `  ${style.rgb(attachment.color ?? '#888888', '┃')} ${text}`;
  print(style.bold(`  ✉ Slack receiver got message ${number} (incoming webhook):`));
  print(bar(style.bold(mrkdwn(message.text ?? ''))));
  for (const block of attachment.blocks ?? []) {
    if (block.type === 'section' && block.text)
      for (const line of mrkdwn(block.text.text).split('\n')) print(bar(line));
    if (block.type === 'section' && block.fields) {
      for (const field of block.fields) {
        const [name, ...value] = mrkdwn(field.text).split('\n');
        print(bar(`${name}: ${value.join(' ')}`));
      }
    }
    if (block.type === 'context') print(bar(style.dim(block.elements.map((e) => mrkdwn(e.text)).join(' '))));
  }
}

function mrkdwn(text) {
  return text
    .replace(/<([^|>]+)\|([^>]+)>/g, (_, url, label) => (label === url ? url : `${label} (${url})`))
    .replace(/:[a-z_]+:/g, (code) => EMOJI[code] ?? code)
    .replace(/\*([^*\n]+)\*/g, (_, bold) => style.bold(bold))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
