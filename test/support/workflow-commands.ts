import { expect } from 'vitest';

/**
 * The runner's reading of a step's stdout, for tests: which lines it would run as workflow
 * commands. It follows actions/runner (src/Runner.Common/ActionCommand.cs and
 * src/Runner.Worker/ActionCommandManager.cs):
 * - a line ends at CR, LF or CRLF;
 * - `::name key=value,key=value::data`, after leading blanks, names a registered command
 *   (case-insensitive); properties and data are unescaped (`%0A`, `%3A`, …);
 * - otherwise the legacy `##[name key=value;key=value]data` form, found anywhere in the line;
 * - `::stop-commands::<token>` stops all processing until a line is the command `::<token>::`
 *   (or `##[<token>]`); an empty token never resumes.
 * The GITHUB_* file commands are another channel: scripts/file-commands.mjs reads those.
 */

/** The commands the runner registers (its IActionCommandExtension set, plus stop-commands). */
export const RUNNER_COMMANDS: ReadonlySet<string> = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

export interface WorkflowCommand {
  /** Lower-cased command name; `resume` for the line that ends a stop-commands. */
  name: string;
  properties: Record<string, string>;
  data: string;
  /** 1-based line number in stdout. */
  line: number;
  /** The line as written. */
  text: string;
}

export interface CommandReading {
  /** Every command the runner would run, in order, stop-commands and resume included. */
  commands: WorkflowCommand[];
  /** Still stopped at the end of the output: every later command of the step would be ignored. */
  stopped: boolean;
  /** Lines that look like commands but were ignored because processing was stopped. */
  ignored: number;
}

export function readWorkflowCommands(stdout: string): CommandReading {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  let ignored = 0;
  stdout.split(/\r\n|\r|\n/).forEach((text, index) => {
    const extra = stopToken === undefined ? [] : [stopToken.toLowerCase()];
    const parsed = parseV2(text, extra) ?? parseLegacy(text, extra);
    if (!parsed) return;
    const command = { ...parsed, line: index + 1, text };
    if (stopToken !== undefined) {
      if (stopToken !== '' && command.name === stopToken.toLowerCase()) {
        commands.push({ ...command, name: 'resume', data: stopToken });
        stopToken = undefined;
      } else {
        ignored += 1;
      }
      return;
    }
    if (command.name === 'stop-commands') stopToken = command.data;
    commands.push(command);
  });
  return { commands, stopped: stopToken !== undefined, ignored };
}

/**
 * The commands a hostile text got the runner to run. Start the data of every command you plant with
 * `marker` (`::warning::pwned-1`, `::stop-commands::pwned-token`, `##[error]pwned-2`, a property
 * `title=pwned`): a command whose name, data or a property starts with it came from the planted
 * text, while the action's own `::error::` may quote that text further in (`…exited with code 3:
 * ::warning::pwned-1`) without counting.
 */
export function injectedCommands(reading: CommandReading, marker = 'pwned'): WorkflowCommand[] {
  const planted = (value: string) => value.trimStart().startsWith(marker);
  return reading.commands.filter(
    (command) =>
      command.name.includes(marker) || planted(command.data) || Object.values(command.properties).some(planted),
  );
}

/**
 * The check for every place untrusted text goes: the runner would run no planted command (see
 * injectedCommands), and the output does not end with command processing stopped.
 */
export function expectNoInjectedCommand(stdout: string, marker = 'pwned'): CommandReading {
  const reading = readWorkflowCommands(stdout);
  const injected = injectedCommands(reading, marker);
  expect(
    injected.map((command) => `line ${command.line}: ${command.text}`),
    'commands the runner would run from untrusted text',
  ).toEqual([]);
  expect(reading.stopped, 'the output ends with workflow commands stopped').toBe(false);
  return reading;
}

function parseV2(text: string, extra: readonly string[]): Omit<WorkflowCommand, 'line' | 'text'> | undefined {
  const message = text.replace(/^[\s\u0085]+/, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!RUNNER_COMMANDS.has(name) && !extra.includes(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const at = pair.indexOf('=');
      if (at > 0 && at < pair.length - 1)
        properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), ['\r', '\n', ':', ',']);
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), ['\r', '\n']) };
}

function parseLegacy(text: string, extra: readonly string[]): Omit<WorkflowCommand, 'line' | 'text'> | undefined {
  const start = text.indexOf('##[');
  if (start < 0) return undefined;
  const close = text.indexOf(']', start);
  if (close < 0) return undefined;
  const info = text.slice(start + 3, close);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!RUNNER_COMMANDS.has(name) && !extra.includes(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';')) {
      const at = pair.indexOf('=');
      if (at > 0 && at < pair.length - 1)
        properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), [';', '\r', '\n', ']']);
    }
  }
  return { name, properties, data: unescape(text.slice(close + 1), [';', '\r', '\n', ']']) };
}

const ESCAPES: Record<string, string> = { '\r': '%0D', '\n': '%0A', ':': '%3A', ',': '%2C', ';': '%3B', ']': '%5D' };

/** The runner's unescaping: each mapped character, then `%25` last. */
function unescape(text: string, characters: readonly string[]): string {
  let result = text;
  for (const character of characters) result = result.split(ESCAPES[character]!).join(character);
  return result.split('%25').join('%');
}

/** The commands the runner would run from this log, in order (stop-commands included, its resume line not). */
export function commandsIn(stdout: string): WorkflowCommand[] {
  return readWorkflowCommands(stdout).commands.filter((command) => command.name !== 'resume');
}
