import { describe, expect, it } from 'vitest';
import { type Core, runAction } from '../../src/lib/action.js';
import { escapeData } from '../../src/lib/commands.js';
import { expectNoInjectedCommand, readWorkflowCommands } from '../support/workflow-commands.js';

/** A core that writes stdout as @actions/core does (commands escaped, info raw), to a string. */
function recordingCore(inputs: Record<string, string>): Core & { stdout: () => string } {
  let out = '';
  const command = (name: string) => (message: string | Error) => {
    out += `::${name}::${escapeData(message instanceof Error ? message.message : message)}\n`;
  };
  return {
    stdout: () => out,
    getInput: (name) => inputs[name] ?? '',
    setOutput: () => {},
    setSecret: (value) => command('add-mask')(value),
    setFailed: command('error'),
    info: (message) => {
      out += `${message}\n`;
    },
    warning: command('warning'),
    notice: command('notice'),
    error: command('error'),
    debug: command('debug'),
    isDebug: () => false,
    startGroup: command('group'),
    endGroup: () => command('endgroup')(''),
    exportVariable: () => {},
    saveState: () => {},
    getState: () => '',
    summary: { addRaw: () => ({ write: async () => ({}) }), write: async () => ({}) } as unknown as Core['summary'],
  };
}

describe('runAction: the core an action logs through (issue 12, findings 1 and 5)', () => {
  it('keeps every info line inert, redacts secrets of any length, and its own failure runs', async () => {
    const core = recordingCore({ token: 'q7' });
    await runAction(
      {
        outputs: { done: false },
        async main(context) {
          context.inputs.secret('token');
          context.core.info('child says:\n::stop-commands::pwned-token\n::warning::pwned-1 q7');
          context.core.startGroup('next ::warning::pwned-2');
          context.core.info('plain line');
          context.core.endGroup();
          throw new Error('deploy failed with q7');
        },
      },
      core,
      // A summary file, so that the failure's job summary goes to the recording core's summary.
      { GITHUB_STEP_SUMMARY: '/dev/null' },
    );
    const stdout = core.stdout();
    const reading = expectNoInjectedCommand(stdout);
    expect(reading.commands.map((c) => c.name)).toEqual([
      'add-mask',
      'stop-commands',
      'resume',
      'group',
      'endgroup',
      'debug',
      'error',
    ]);
    expect(reading.commands.at(-1)!.data).toBe('deploy failed with ***');
    expect(stdout).toContain('::warning::pwned-1 ***');
    expect(readWorkflowCommands(stdout).stopped).toBe(false);
  });
});
