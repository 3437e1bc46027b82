/**
 * The workflow commands a step's log carries, found the way the runner finds them
 * (actions/runner src/Runner.Worker/ActionCommandManager.cs and ActionCommand.cs): each line, with
 * leading whitespace trimmed, that starts `::name props::data` (or the legacy `##[name props]data`)
 * with a known command name, in any letter case. `::stop-commands::TOKEN` turns processing off
 * until a line `::TOKEN::`; nothing in between is a command. Property values and data are
 * unescaped as the runner unescapes them.
 */

export interface WorkflowCommand {
  /** Lower case. */
  name: string;
  properties: Record<string, string>;
  data: string;
}

/** The commands the runner registers (stop-commands is handled before the others). */
const KNOWN = new Set([
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

export function commandsIn(stdout: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (stopToken !== undefined) {
      if (line.trim().toLowerCase() === `::${stopToken}::`.toLowerCase()) stopToken = undefined;
      continue;
    }
    const command = parseLine(line.trimStart());
    if (!command) continue;
    found.push(command);
    if (command.name === 'stop-commands' && command.data !== '') stopToken = command.data;
  }
  return found;
}

/** `::name props::data` (properties split by commas) or the legacy `##[name props]data` (by semicolons). */
const SYNTAXES = [
  { start: '::', end: '::', separator: ',', unescape: unescapeData },
  { start: '##[', end: ']', separator: ';', unescape: unescapeLegacy },
] as const;

function parseLine(line: string): WorkflowCommand | undefined {
  const syntax = SYNTAXES.find((candidate) => line.startsWith(candidate.start));
  if (!syntax) return undefined;
  const end = line.indexOf(syntax.end, syntax.start.length);
  if (end < 0) return undefined;
  const info = line.slice(syntax.start.length, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!KNOWN.has(name)) return undefined;
  return { name, properties: properties(space < 0 ? '' : info.slice(space + 1), syntax.separator), data: syntax.unescape(line.slice(end + syntax.end.length)) };
}

function properties(text: string, separator: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of text.split(separator)) {
    const equals = pair.indexOf('=');
    if (pair.trim() === '' || equals < 0) continue;
    result[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
  }
  return result;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/gi, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/gi, '%');
}

function unescapeLegacy(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%5D/gi, ']').replace(/%3B/gi, ';').replace(/%25/gi, '%');
}
