import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeExit, executeIn, showCommand, SpawnError } from '../../src/lib/exec.js';
import { execute } from '../support/context.js';

describe('execute', () => {
  it('passes arguments as data, never through a shell', async () => {
    const hostile = '$(touch /tmp/dk-pwned); echo owned `id` | cat > /tmp/x';
    const result = await execute({ command: 'printf', args: ['%s', hostile] });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(hostile);
  });

  it('hands secrets over through the environment and redacts them from lines', async () => {
    const lines: string[] = [];
    const result = await execute({
      command: 'sh',
      args: ['-c', 'echo "token is $DK_TOKEN"; echo oops >&2; exit 3'],
      env: { DK_TOKEN: 'sekrit-value-1' },
      redact: (text) => text.replaceAll('sekrit-value-1', '***'),
      onLine: (line, stream) => lines.push(`${stream}: ${line}`),
    });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('token is ***\n');
    expect(lines).toEqual(['stdout: token is ***', 'stderr: oops']);
    expect(describeExit(result)).toBe('exited with code 3');
  });

  it('stops the whole process group at the timeout', async () => {
    const started = performance.now();
    const result = await execute({ command: 'sh', args: ['-c', 'sleep 30 & sleep 30; echo never'], timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.stdout).not.toContain('never');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(describeExit(result, 300)).toBe('timed out after 300 ms and was stopped');
  });

  it('feeds stdin and says clearly when a program is missing', async () => {
    expect((await execute({ command: 'cat', args: [], input: 'hello' })).stdout).toBe('hello');
    await expect(execute({ command: 'definitely-not-installed-dk', args: [] })).rejects.toThrow(SpawnError);
    await expect(execute({ command: 'definitely-not-installed-dk', args: [] })).rejects.toThrow(/not found on PATH/);
  });

  it('names a missing working directory instead of blaming PATH (issue 12, finding 4)', async () => {
    await expect(execute({ command: 'bash', args: ['-c', 'true'], cwd: '/tmp/dk-no-such-dir' })).rejects.toThrow(
      'Could not start bash: the working directory /tmp/dk-no-such-dir does not exist',
    );
  });

  it('shows commands with arguments quoted for a log', () => {
    expect(showCommand('railway', ['up', '--service', 'api web', "it's"])).toBe(
      `railway up --service 'api web' 'it'\\''s'`,
    );
  });
});

describe('the environment a child inherits', () => {
  it("never carries the action's inputs or the runner's service token, only what is handed over", async () => {
    const saved = { ...process.env };
    try {
      process.env['INPUT_TOKEN'] = 'input-secret-1234';
      process.env['INPUT_WEBHOOK-URL'] = 'https://hooks.example/secret';
      process.env['ACTIONS_RUNTIME_TOKEN'] = 'runtime-token-5678';
      process.env['KEEP_ME'] = 'kept';
      const result = await execute({ command: 'env', args: [], env: { HANDED: 'over' } });
      expect(result.stdout).not.toContain('input-secret-1234');
      expect(result.stdout).not.toContain('hooks.example');
      expect(result.stdout).not.toContain('runtime-token-5678');
      expect(result.stdout).toContain('KEEP_ME=kept');
      expect(result.stdout).toContain('HANDED=over');
    } finally {
      process.env = saved;
    }
  });
});

describe('executeIn: children of a step that is not this process', () => {
  const step = realpathSync(mkdtempSync(join(tmpdir(), 'dk-step-')));
  mkdirSync(join(step, 'app'));
  const exec = executeIn(
    { PATH: process.env['PATH'], STEP_VAR: 'from-the-step', INPUT_TOKEN: 'never-inherited' },
    step,
  );

  it("inherits the step's environment (never its inputs), not this process's", async () => {
    const result = await exec({ command: 'sh', args: ['-c', 'echo "$STEP_VAR|$INPUT_TOKEN|$HOME"'] });
    expect(result.stdout.trim()).toBe('from-the-step||');
  });

  it("starts in the step's directory, and takes a relative cwd from there", async () => {
    expect((await exec({ command: 'pwd', args: [] })).stdout.trim()).toBe(step);
    expect((await exec({ command: 'pwd', args: [], cwd: 'app' })).stdout.trim()).toBe(join(step, 'app'));
    expect((await exec({ command: 'pwd', args: [], cwd: '/' })).stdout.trim()).toBe('/');
  });

  it('names a missing relative working directory as it was given', async () => {
    await expect(exec({ command: 'pwd', args: [], cwd: 'nope' })).rejects.toThrow(
      'Could not start pwd: the working directory nope does not exist',
    );
  });
});
