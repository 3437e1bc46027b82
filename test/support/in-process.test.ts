import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Env } from '../../src/lib/action.js';
import { type BundleResult, type BundleRun, runBundle, stepEnvironment } from './bundle.js';
import { type Action, captureOutput, recordingCore, runInProcess } from './in-process.js';
import { readWorkflowCommands } from './workflow-commands.js';

/**
 * runInProcess stands in for runBundle in the scenario tests: here both run the same steps and must
 * leave the same traces (exit code, failure, outputs, job summary, and the same workflow commands
 * in the same order), timings and generated ids aside. A recording core that drifted from
 * @actions/core, or an action reading the process instead of its context, shows up here.
 */

let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/warns')) {
      // As a library in the action's process would: the request is answered during the run.
      console.warn('a library warns: %s', 'careful');
      process.stderr.write('and writes to stderr\n');
      console.info('and informs');
    }
    if (request.url?.startsWith('/health') || request.url?.startsWith('/warns')) {
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end('{"status":"down"}');
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}`;
});

afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

const TOKEN = 'equivalence-token-5d1a3e8b0c';

const STEPS: Array<{ name: string; action: Action; run: () => BundleRun }> = [
  {
    name: 'deploy: a command that reports outputs and prints the token',
    action: 'deploy',
    run: () => ({
      inputs: {
        provider: 'command',
        token: TOKEN,
        'token-env': 'DEPLOY_TOKEN',
        command:
          'echo "deploy-kit-output: url=https://shop.example"\necho "token $DEPLOY_TOKEN"\necho "::warning::pwned"',
      },
    }),
  },
  {
    name: 'deploy: a failing command',
    action: 'deploy',
    run: () => ({ inputs: { provider: 'command', token: TOKEN, command: 'echo uploading >&2\nexit 3' } }),
  },
  {
    name: 'deploy: skipped on a fork (no token)',
    action: 'deploy',
    run: () => ({ inputs: { provider: 'command', command: 'true' } }),
  },
  {
    name: 'health-check: unhealthy, rolled back by a command',
    action: 'health-check',
    run: () => ({
      inputs: {
        url: `${url}/health`,
        // Two failed probes decide it: as many log lines in both runs, however loaded the machine.
        'max-attempts': '2',
        interval: '100ms',
        timeout: '30s',
        rollback: 'command',
        'rollback-command': 'echo "rolling back: $HEALTH_REASON"',
        'verify-after-rollback': 'false',
      },
    }),
  },
  {
    name: 'slack-notify: a webhook that is not a URL',
    action: 'slack-notify',
    run: () => ({ inputs: { 'webhook-url': 'xoxb-not-a-url-1234567890' } }),
  },
  {
    name: 'trivy-gate: an unknown scan type',
    action: 'trivy-gate',
    run: () => ({ inputs: { 'scan-type': 'nope' } }),
  },
  {
    name: 'migration-drift: an unknown tool',
    action: 'migration-drift',
    run: () => ({ inputs: { tool: 'nope' } }),
  },
];

describe('runInProcess leaves what runBundle leaves', () => {
  it.each(STEPS)('$name', async ({ action, run }) => {
    const [bundle, inProcess] = await Promise.all([runBundle(action, run()), runInProcess(action, run())]);
    expect(traces(inProcess)).toEqual(traces(bundle));
  });
});

describe('runInProcess captures the process output a bundle would have on its pipes', () => {
  it('console.warn and process.stderr during a run land in its stderr, console.info in its stdout', async () => {
    const result = await runInProcess('health-check', {
      inputs: { url: `${url}/warns`, 'max-attempts': '1', timeout: '30s', rollback: 'none' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('a library warns: careful\nand writes to stderr\n');
    expect(result.stdout).toContain('and informs\n');
    expect(result.stderr).not.toContain('and informs');
  });

  it('gives overlapping captures every write, and restores the console when the last one stops', () => {
    const originalWarn = console.warn;
    const originalWrite = process.stderr.write;
    const first = { stdout: '', stderr: '' };
    const second = { stdout: '', stderr: '' };
    const stopFirst = captureOutput({ stdout: (t) => (first.stdout += t), stderr: (t) => (first.stderr += t) });
    console.warn('one %d', 1);
    const stopSecond = captureOutput({ stdout: (t) => (second.stdout += t), stderr: (t) => (second.stderr += t) });
    console.error('two');
    console.log({ three: 3 });
    stopFirst();
    expect(console.warn).not.toBe(originalWarn);
    process.stderr.write(Buffer.from('four\n'));
    console.debug('five');
    stopSecond();
    expect(console.warn).toBe(originalWarn);
    expect(process.stderr.write).toBe(originalWrite);
    expect(first).toEqual({ stdout: '{ three: 3 }\n', stderr: 'one 1\ntwo\n' });
    expect(second).toEqual({ stdout: '{ three: 3 }\nfive\n', stderr: 'two\nfour\n' });
  });
});

describe('recordingCore fails where @actions/core 3 fails', () => {
  const core = () => {
    const { env } = stepEnvironment('deploy', {});
    return { env: env as Env, core: recordingCore(env as Env, { stdout: '', exitCode: 0 }) };
  };

  it('a file command whose file is missing', () => {
    const { env, core: recording } = core();
    rmSync(env['GITHUB_OUTPUT']!);
    expect(() => recording.setOutput('url', 'x')).toThrow(`Missing file at path: ${env['GITHUB_OUTPUT']}`);
  });

  it('a job summary it cannot read and write', async () => {
    const { env, core: recording } = core();
    const path = env['GITHUB_STEP_SUMMARY']!;
    rmSync(path);
    await expect(recording.summary.addRaw('x').write()).rejects.toThrow(
      `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
    );
    writeFileSync(path, '');
    chmodSync(path, 0o444);
    // root reads and writes anything: the permission check only bites for other users.
    if (process.getuid?.() !== 0) await expect(recording.summary.write()).rejects.toThrow('Unable to access');
  });
});

/** What a step left, with what differs from run to run (times, ids, temp paths) made equal. */
function traces(result: BundleResult) {
  const same = (text: string) =>
    text
      .replaceAll(result.dir, '<dir>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/\d+(\.\d+)?/g, '0');
  return {
    exitCode: result.exitCode,
    failure: result.failure === undefined ? undefined : same(result.failure),
    outputs: Object.fromEntries(Object.entries(result.outputs).map(([name, value]) => [name, same(value)])),
    summary: same(result.summary),
    // The bundle's libraries (tool-cache, cache) debug-log through their own @actions/core: not ours.
    commands: readWorkflowCommands(result.stdout)
      .commands.filter((command) => command.name !== 'debug')
      .map((command) => `${command.name} ${same(command.data)}`),
    log: same(result.stdout)
      .split('\n')
      .filter((line) => !line.startsWith('::debug::')),
  };
}
