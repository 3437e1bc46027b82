import { describe, expect, it } from 'vitest';
import { escapeData, inertText, mayBeCommand } from '../../src/lib/commands.js';
import { expectNoInjectedCommand, readWorkflowCommands } from '../support/workflow-commands.js';

const HOSTILE = [
  '::warning::pwned',
  '  ::error title=x::pwned',
  '\t::add-mask::pwned',
  '::SET-ENV name=X::pwned',
  '::stop-commands::pwned-token',
  'text ##[warning]pwned',
  '##[set-output name=x;]pwned',
].join('\n');

describe('the test parser reads stdout as the runner does', () => {
  it('runs registered commands, with properties and unescaped data, in both forms', () => {
    const { commands } = readWorkflowCommands(
      'plain\n::warning file=a%2Cb.ts,line=3::two%0Alines\nsome ##[error]legacy\n::unknown::x\n  ::Notice::n',
    );
    expect(commands.map(({ name, properties, data }) => ({ name, properties, data }))).toEqual([
      { name: 'warning', properties: { file: 'a,b.ts', line: '3' }, data: 'two\nlines' },
      { name: 'error', properties: {}, data: 'legacy' },
      { name: 'notice', properties: {}, data: 'n' },
    ]);
  });

  it('splits lines at CR as well as LF', () => {
    expect(readWorkflowCommands('progress 10%\r::warning::pwned').commands.map((c) => c.name)).toEqual(['warning']);
  });

  it('honours stop-commands: nothing runs until the token, and an empty token never resumes', () => {
    const reading = readWorkflowCommands('::stop-commands::tok\n::error::hidden\n::TOK::\n::error::shown');
    expect(reading.commands.map((c) => `${c.name}:${c.data}`)).toEqual([
      'stop-commands:tok',
      'resume:tok',
      'error:shown',
    ]);
    expect(reading.ignored).toBe(1);
    expect(readWorkflowCommands('::stop-commands::\n::error::hidden\n::::').stopped).toBe(true);
  });

  it('sees a child that hides the action failure (what main did)', () => {
    expect(() => expectNoInjectedCommand(`${HOSTILE}\n::error::Deploy failed`)).toThrow();
  });
});

describe('inertText', () => {
  it('leaves ordinary text alone', () => {
    expect(inertText('Deploying 3 files: a::b, c ## d [x]')).toBe('Deploying 3 files: a::b, c ## d [x]');
  });

  it('wraps text with a command-like line in stop-commands with a fresh token, and resumes at once', () => {
    const text = inertText(HOSTILE);
    const reading = expectNoInjectedCommand(`${text}\n::error::the action's own failure`);
    expect(reading.commands.map((c) => c.name)).toEqual(['stop-commands', 'resume', 'error']);
    expect(text.split('\n').slice(1, -1).join('\n')).toBe(HOSTILE);
  });

  it('never uses a token the text holds', () => {
    const tokens = ['pwned-token', 'fresh'];
    const text = inertText(HOSTILE, () => tokens.shift()!);
    expect(text.startsWith('::stop-commands::fresh\n')).toBe(true);
    expectNoInjectedCommand(text);
  });

  it('catches every form the runner reads', () => {
    for (const line of HOSTILE.split('\n')) expect(mayBeCommand(line), line).toBe(true);
    expect(mayBeCommand('\u00a0::warning::nbsp')).toBe(true);
    expect(mayBeCommand('a ::warning:: in the middle')).toBe(false);
  });
});

describe('escapeData', () => {
  it('keeps a value on one line, as @actions/core escapes command data', () => {
    expect(escapeData('lodash\n::warning::pkg-pwned\r50%')).toBe('lodash%0A::warning::pkg-pwned%0D50%25');
    expectNoInjectedCommand(`  HIGH CVE-1 ${escapeData('lodash\n::warning::pwned')}`);
  });
});
