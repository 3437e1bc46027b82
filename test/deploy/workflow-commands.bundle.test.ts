import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { expectNoInjectedCommand } from '../support/workflow-commands.js';

/** Lines a hostile child prints: every form the runner reads, and a stop-commands that never resumes. */
const HOSTILE_SCRIPT = [
  `echo '::warning::pwned-stdout'`,
  `echo '  ::add-mask::pwned'`,
  `echo '::set-env name=X::pwned' >&2`,
  `printf 'progress 50%%\\r::error::pwned-cr\\n'`,
  `echo 'text ##[warning]pwned-legacy'`,
  `echo '::stop-commands::pwned-token'`,
].join('\n');

describe('deploy bundle: child output never becomes a runner command (issue 12, finding 1)', () => {
  it("shows a command's hostile lines as text, and the action's own failure is still run by the runner", async () => {
    const result = await runBundle('deploy', {
      inputs: { provider: 'command', token: 'tok-0123456789', command: `${HOSTILE_SCRIPT}\nexit 3` },
    });
    expectAllOutputs(result, 'deploy');
    expect(result.exitCode).toBe(1);
    expectNoInjectedCommand(result.stdout);
    expect(result.failure).toMatch(/^The deploy command exited with code 3/);
    expect(result.stdout).toContain('::warning::pwned-stdout');
  });

  it('resumes before its own failure when the command is stopped on a timeout mid-stream', async () => {
    const result = await runBundle('deploy', {
      inputs: { provider: 'command', token: 'tok-0123456789', timeout: '1s', command: `${HOSTILE_SCRIPT}\nsleep 30` },
    });
    expect(result.exitCode).toBe(1);
    expectNoInjectedCommand(result.stdout);
    expect(result.failure).toMatch(/timed out/);
  });

  it('masks a token shorter than 4 characters, as the runner masks any value (issue 12, finding 5)', async () => {
    const result = await runBundle('deploy', {
      inputs: {
        provider: 'command',
        token: 'k9x',
        'token-env': 'FLY_API_TOKEN',
        command: 'echo "token is $FLY_API_TOKEN"',
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain('::add-mask::k9x\n');
    expect(result.stdout).toContain('token is ***');
    expect(result.stdout).not.toContain('token is k9x');
  });
});
