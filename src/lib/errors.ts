/**
 * A mistake in the workflow file (a bad or missing input), reported as one sentence that names the
 * input and what it accepts. Anything else that escapes an action is a failure of the action or of
 * a service it talks to, and is reported with its own message.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The message of anything thrown, including non-Error throws (a string, an object). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * Where a JSON parser gave up, without a byte of the text: V8's messages quote the start of the
 * input (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and a file that is not the
 * expected format (a path mistyped, or pointed at /etc/passwd) must never reach the log.
 */
export function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?(input|data)|Unterminated/i.test(message)) return 'its JSON ends early';
  const position = /position (\d+)/.exec(message)?.[1];
  if (/^Unexpected data after/.test(message)) return `more follows the JSON, from byte ${position ?? '?'}`;
  if (position !== undefined) return `the JSON is invalid at byte ${position}`;
  return 'a character where JSON cannot have it';
}
