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
