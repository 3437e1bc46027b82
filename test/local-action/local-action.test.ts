import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../support/bundle.js';
import { closeAllServers, type LoopbackServer, startServer } from '../support/server.js';
import { WEBHOOK_PATH, webhookAnswer } from '../slack-notify/receiver.js';

// GitHub's own @github/local-action (pinned in devDependencies), run as a user runs it from the
// README's "Try it locally": `npx local-action run actions/<name> ../../src/<name>/main.ts .env`.
// It imports the entrypoint with its own stand-in for @actions/core and calls the exported `run()`
// with no arguments, so this proves that each entry works with the default core.

const LOCAL_ACTION = join(ROOT, 'node_modules', '.bin', 'local-action');

afterEach(closeAllServers);

interface LocalRun {
  exitCode: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error::` lines: local-action always exits 0, so a failure shows only here. */
  errors: string[];
}

/** `local-action run <action dir> <entrypoint> <dotenv>` with the given inputs and environment in the dotenv file. */
async function localAction(
  action: string,
  entrypoint: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<LocalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'dk-local-action-'));
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(summaryFile, '');
  const variables: Record<string, string> = {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...env,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const dotenv = join(dir, '.env');
  writeFileSync(
    dotenv,
    Object.entries(variables)
      .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
      .join('\n') + '\n',
  );

  const child = spawn(LOCAL_ACTION, ['run', action, entrypoint, dotenv], {
    cwd: ROOT,
    // Only what a shell on a laptop has: Node 24 first on PATH, a HOME; everything else comes from the dotenv file.
    env: { PATH: `${dirname(NODE24)}:${process.env['PATH'] ?? ''}`, HOME: process.env['HOME'] ?? dir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  const outputs: Record<string, string> = {};
  for (const match of stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)) outputs[match[1]!] = match[2]!;
  return {
    exitCode,
    stdout,
    outputs,
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    errors: stdout.split('\n').filter((line) => line.startsWith('::error')),
  };
}

describe.skipIf(!existsSync(LOCAL_ACTION))('the actions under @github/local-action', () => {
  it('slack-notify posts to a loopback webhook receiver and sets its outputs', async () => {
    const server = await startServer(webhookAnswer('200.ok'));
    const webhookUrl = `${server.url}${WEBHOOK_PATH}`;
    const result = await localAction('actions/slack-notify', '../../src/slack-notify/main.ts', {
      'webhook-url': webhookUrl,
      status: 'success',
      environment: 'production',
    });
    expect(result.errors, result.stdout).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Running Action');
    expect(result.outputs).toEqual({ sent: 'true', skipped: 'false', ts: '', channel: '' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: WEBHOOK_PATH });
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({
      text: ':white_check_mark: *Deploy succeeded*: acme/shop to production',
    });
    expect(result.summary).toContain('Slack notification sent through the incoming webhook');
    expect(result.stdout).not.toContain(WEBHOOK_PATH);
  });

  it('slack-notify reports Slack refusing the message as the step failure', async () => {
    const server: LoopbackServer = await startServer(webhookAnswer('404.no_service'));
    const result = await localAction('actions/slack-notify', '../../src/slack-notify/main.ts', {
      'webhook-url': `${server.url}${WEBHOOK_PATH}`,
      // local-action takes action.yml's defaults as written: status's `${{ job.status }}` must be given.
      status: 'failure',
      'fail-on-error': 'true',
    });
    expect(result.outputs['sent']).toBe('false');
    expect(result.errors.join('\n')).toMatch(/no_service/);
    expect(result.stdout).not.toContain(WEBHOOK_PATH);
  });

  it('health-check probes a loopback server until healthy', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ok"}');
    });
    const result = await localAction('actions/health-check', '../../src/health-check/main.ts', {
      url: `${server.url}/health`,
      'expect-json': 'status=ok',
    });
    expect(result.errors, result.stdout).toEqual([]);
    expect(result.outputs).toMatchObject({
      healthy: 'true',
      attempts: '1',
      'status-code': '200',
      'rolled-back': 'false',
    });
    expect(server.requests.map((request) => request.url)).toEqual(['/health']);
    expect(result.stdout).toContain(`${server.url}/health #1: 200`);
    expect(result.summary).not.toBe('');
  });

  it('health-check fails the step when the server stays unhealthy', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('warming up');
    });
    const result = await localAction('actions/health-check', '../../src/health-check/main.ts', {
      url: `${server.url}/health`,
      interval: '200ms',
      'max-attempts': '2',
      timeout: '10s',
    });
    expect(result.outputs).toMatchObject({ healthy: 'false', attempts: '2', 'status-code': '503' });
    expect(result.errors).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });
});
