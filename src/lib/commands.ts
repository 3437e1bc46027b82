import { randomUUID } from 'node:crypto';

/**
 * Untrusted text never becomes a runner command. The runner reads the step's stdout line by line
 * (a line ends at CR, LF or CRLF) and runs a line as a workflow command when, after leading blanks,
 * it starts with `::` (`::warning::…`, `::add-mask::…`, `::stop-commands::…`) or when it holds the
 * legacy `##[name]` form anywhere. Child output, report fields, HTTP bodies and API messages are
 * written by others, so every log line goes through `inertText` on its way out (one place:
 * the core that runAction hands to an action).
 */

/** Whether the runner could read this line as a command (erring on the safe side). */
export function mayBeCommand(line: string): boolean {
  return /^[\s\u0085]*::/.test(line) || line.includes('##[');
}

/**
 * The text to write so that the runner shows `text` as it is and runs none of it. Text with no
 * line that could be a command is returned unchanged. Otherwise it is wrapped in the runner's own
 * `::stop-commands::<token>` … `::<token>::` with a fresh random token that the text cannot hold,
 * all in the one string written at once: the runner is never left stopped, and nothing of ours
 * (an `::error::`, a group) can land between the two lines.
 */
export function inertText(text: string, newToken: () => string = randomUUID): string {
  // Most lines hold neither `::` nor `##[`: those need no splitting.
  if ((!text.includes('::') && !text.includes('##[')) || !text.split(/\r\n|\r|\n/).some(mayBeCommand)) return text;
  let token = newToken();
  while (text.toLowerCase().includes(token.toLowerCase())) token = newToken();
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/**
 * One untrusted value kept on one line, escaped as @actions/core escapes command data (`%` -> `%25`,
 * CR -> `%0D`, LF -> `%0A`): a package name or a title from a report cannot start a line of its own.
 */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
