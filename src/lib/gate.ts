import { ConfigError } from './errors.js';

export interface GateRequest {
  /** The secret's value as read from the input (undefined when empty or whitespace-only). */
  value: string | undefined;
  /** The input that carries it, e.g. "token". */
  input: string;
  /** The secret users usually map to it, e.g. "RAILWAY_TOKEN", for the notice. */
  secretName: string;
  /** What is skipped, e.g. "the Railway deploy". */
  what: string;
  /** `require-token: true`: an empty secret is an error, not a skip. */
  required: boolean;
}

export type Gate = { open: true; secret: string } | { open: false; reason: string; notice: string };

/**
 * The secret gate. Secrets cannot appear in `if:` conditions and are withheld from fork and
 * Dependabot runs, so the action takes the secret as an input and decides: present -> go on;
 * empty -> skip with a notice saying why that is normal; empty but required -> a clear error.
 */
export function secretGate(request: GateRequest): Gate {
  if (request.value !== undefined) return { open: true, secret: request.value };
  if (request.required) {
    throw new ConfigError(
      `Input "${request.input}" is empty but required (require-token: true): set the ${request.secretName} secret ` +
        `and pass it as ${request.input}: \${{ secrets.${request.secretName} }}. Secrets are not passed to workflows ` +
        'triggered from forks or by Dependabot.',
    );
  }
  return {
    open: false,
    reason: `${request.input} empty`,
    notice:
      `Skipped ${request.what}: input "${request.input}" is empty, ` +
      `so the ${request.secretName} secret is not available to this run. ` +
      'That is expected on pull requests from forks and on Dependabot runs, which get no secrets; ' +
      'set require-token: true to make a missing secret fail the step instead.',
  };
}
