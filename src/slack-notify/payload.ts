import { ConfigError } from '../lib/errors.js';

export type ParseYaml = (text: string) => unknown;

/**
 * The `payload` input: a JSON object, or a YAML mapping (what is easier to write in a workflow).
 * Text that starts with `{` is read as JSON so that a JSON mistake is reported as one, with its
 * line and column. The YAML parser is passed in, so that it is loaded only when a payload is used.
 */
export function parsePayload(text: string, parseYaml: ParseYaml): Record<string, unknown> {
  let value: unknown;
  if (text.trimStart().startsWith('{')) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`Invalid "payload": not valid JSON: ${firstLine(error)}.`);
    }
  } else {
    try {
      value = parseYaml(text);
    } catch (error) {
      throw new ConfigError(`Invalid "payload": not valid YAML: ${firstLine(error)}.`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(
      'Invalid "payload": expected a JSON object or a YAML mapping with text, blocks or attachments, ' +
        `got ${Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`}.`,
    );
  }
  return value as Record<string, unknown>;
}

/** Parse errors from `yaml` carry a code snippet after the first line; the first line names the place. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/[:.]\s*$/, '');
}
