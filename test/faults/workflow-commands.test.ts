import { describe, expect, it } from 'vitest';
import { commandsIn } from '../support/workflow-commands.js';

/** The parser the matrix checks logs with must find what the runner would execute, and only that. */
describe('commandsIn (the runner’s reading of a log)', () => {
  it('finds commands at line start, after leading spaces, in any case, and the legacy ##[ form', () => {
    const log = ['plain text ::error::not at start', '::warning file=a.ts,line=3::watch%0Aout', '   ::ERROR::indented', '##[set-env name=X;]legacy', '::unknown::ignored', '::set-output name=a::1'].join('\n');
    expect(commandsIn(log)).toEqual([
      { name: 'warning', properties: { file: 'a.ts', line: '3' }, data: 'watch\nout' },
      { name: 'error', properties: {}, data: 'indented' },
      { name: 'set-env', properties: { name: 'X' }, data: 'legacy' },
      { name: 'set-output', properties: { name: 'a' }, data: '1' },
    ]);
  });

  it('processes nothing between ::stop-commands::TOKEN and ::TOKEN::', () => {
    const log = ['::stop-commands::tok123', '::error::inert', '::add-mask::inert', '::other::', '::tok123::', '::error::live'].join('\n');
    expect(commandsIn(log)).toEqual([
      { name: 'stop-commands', properties: {}, data: 'tok123' },
      { name: 'error', properties: {}, data: 'live' },
    ]);
  });

  it('an unmatched stop-commands hides everything after it (why a child must never emit one)', () => {
    expect(commandsIn('::stop-commands::child\n::error::the action failed').map((command) => command.name)).toEqual(['stop-commands']);
  });
});
