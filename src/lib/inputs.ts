import ms from 'ms';
import { ConfigError } from './errors.js';
import type { Secrets } from './secrets.js';

/** Reads one input's raw value, as `core.getInput` does (trimmed, '' when absent). */
export type GetInput = (name: string) => string;

/**
 * Where a parent action (the pipeline) takes one of a sub-action's inputs from: its own input of
 * that name, or a value it supplies itself (not an input of the parent at all).
 */
export type InputSource = string | { value: string };

/** `Invalid "x" value "y": valid values are "a", "b" and "c".` */
export function invalidValue(name: string, value: string, accepts: string): ConfigError {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return new ConfigError(`Invalid "${name}" value ${JSON.stringify(shown)}: ${accepts}.`);
}

export function orList(values: readonly string[], word = 'and'): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${word} ${quoted.at(-1)}`;
}

const DURATION_HELP = 'expected a duration such as 500ms, 10s, 2m or 1h (a bare number means seconds)';

/** `500ms`, `5s`, `2m`, `1h`, `1.5s`; a bare number is seconds. Returns milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  if (!/^\d+(\.\d+)?\s*[a-z]+$/i.test(value)) return undefined;
  const parsed = ms(value as ms.StringValue);
  return typeof parsed === 'number' && Number.isFinite(parsed) && parsed >= 0 ? Math.round(parsed) : undefined;
}

interface Bounds {
  min?: number;
  max?: number;
}

/**
 * Typed access to an action's inputs. Every name read is remembered (`names`), so a test can check
 * that what the code reads is what action.yml declares. Secret inputs go through `secret()`, which
 * masks the value before anything else can log it.
 */
export class Inputs {
  readonly names = new Set<string>();

  constructor(
    private readonly getInput: GetInput,
    private readonly secrets?: Secrets,
  ) {}

  /** The trimmed value, '' when empty. */
  raw(name: string): string {
    this.names.add(name);
    return (this.getInput(name) ?? '').trim();
  }

  /** The value, or undefined when empty. */
  optional(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  required(name: string, what = 'a value'): string {
    const value = this.optional(name);
    if (value === undefined) throw new ConfigError(`Input "${name}" is required: give ${what}.`);
    return value;
  }

  /** A secret: masked at once; empty or whitespace-only reads as undefined. */
  secret(name: string): string | undefined {
    this.names.add(name);
    const value = this.getInput(name) ?? '';
    this.secrets?.add(value);
    return value.trim() === '' ? undefined : value.trim();
  }

  /**
   * Another action's inputs as this action names them, for calling that action's own config reader:
   * `rename(name)` says where each of its reads goes. The parent's `names` record the names really
   * read, and secrets are masked by the parent's Secrets.
   */
  renamed(rename: (name: string) => InputSource): Inputs {
    return new Inputs((name) => {
      const source = rename(name);
      if (typeof source !== 'string') return source.value;
      this.names.add(source);
      return this.getInput(source);
    }, this.secrets);
  }

  /**
   * Runs a sub-action's config reader on `renamed(rename)` inputs. A ConfigError it throws names the
   * inputs as the user wrote them (`Input "url"` -> `Input "health-url"`), for the inputs it read.
   */
  readAs<T>(rename: (name: string) => InputSource, read: (inputs: Inputs) => T): T {
    const inner = this.renamed(rename);
    const reword = (error: unknown): never => {
      if (!(error instanceof ConfigError)) throw error;
      const renamedError = new ConfigError(
        error.message.replace(/"([a-z][a-z0-9-]*)(?=["|:])/g, (quoted, name: string) => {
          const source = inner.names.has(name) ? rename(name) : undefined;
          return typeof source === 'string' ? `"${source}` : quoted;
        }),
      );
      throw renamedError;
    };
    try {
      const result = read(inner);
      return (result instanceof Promise ? result.catch(reword) : result) as T;
    } catch (error) {
      return reword(error);
    }
  }

  /** Mask a secret found inside an input's value (a header value, a password in a URL). */
  mask(value: string | undefined): void {
    this.secrets?.add(value);
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw invalidValue(name, value, 'expected "true" or "false"');
  }

  /** Milliseconds. */
  duration(name: string, fallback: number, bounds?: Bounds): number;
  duration(name: string, fallback: undefined, bounds?: Bounds): number | undefined;
  duration(name: string, fallback: number | undefined, bounds: Bounds = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return fallback;
    const parsed = parseDuration(value);
    if (parsed === undefined) throw invalidValue(name, value, DURATION_HELP);
    checkBounds(name, value, parsed, bounds, (n) => ms(n, { long: false }));
    return parsed;
  }

  integer(name: string, fallback: number, bounds?: Bounds): number;
  integer(name: string, fallback: undefined, bounds?: Bounds): number | undefined;
  integer(name: string, fallback: number | undefined, bounds: Bounds = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (!/^-?\d+$/.test(value)) throw invalidValue(name, value, 'expected a whole number');
    const parsed = Number(value);
    checkBounds(name, value, parsed, bounds, String);
    return parsed;
  }

  enum<T extends string>(name: string, values: readonly T[], fallback: T): T;
  enum<T extends string>(name: string, values: readonly T[], fallback?: undefined): T | undefined;
  enum<T extends string>(name: string, values: readonly T[], fallback?: T): T | undefined {
    const value = this.raw(name);
    if (value === '') return fallback;
    const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (match === undefined) throw invalidValue(name, value, `valid values are ${orList(values)}`);
    return match;
  }

  /** Items separated by newlines (and by commas unless `commas: false`); blanks and `#` lines dropped. */
  list(name: string, options: { commas?: boolean } = {}): string[] {
    return splitList(this.raw(name), options.commas ?? true);
  }

  /** `key=value` lines (or comma-separated pairs). Keys keep their order. */
  keyValues(name: string): Map<string, string> {
    return parsePairs(name, this.list(name, { commas: false }), '=', 'key=value');
  }

  /**
   * `Name: value` lines, as HTTP headers are written. Values are secrets (Authorization, API keys):
   * masked, and so is the credential after a scheme (`Bearer <token>`); an error never quotes a
   * line. The few standard headers that describe content rather than who asks are not masked: the
   * runner masks a value job-wide, and `application/json` hidden in every later log line helps nobody.
   */
  headers(name: string): Map<string, string> {
    const headers = new Map<string, string>();
    this.list(name, { commas: false }).forEach((line, index) => {
      const at = line.indexOf(':');
      const header = at > 0 ? line.slice(0, at).trim() : '';
      const value = line.slice(at + 1).trim();
      if (!PUBLIC_HEADERS.has(header.toLowerCase())) {
        this.mask(value);
        this.mask(/^[A-Za-z-]+\s+(\S+)$/.exec(value)?.[1]);
      }
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) {
        throw new ConfigError(
          `Input "${name}" line ${index + 1} is not "Name: value" with a valid header name ` +
            '(the line is not shown: header values are secrets).',
        );
      }
      headers.set(header, value);
    });
    return headers;
  }
}

const PUBLIC_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'content-type',
  'user-agent',
  'cache-control',
  'pragma',
]);

/**
 * An http:// or https:// URL (checked after `template`, e.g. a `{port}` placeholder filled in), or
 * undefined when empty.
 */
export function optionalHttpUrl(
  inputs: Inputs,
  name: string,
  template: (value: string) => string = (value) => value,
): string | undefined {
  const value = inputs.optional(name);
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(template(value));
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    throw invalidValue(name, value, 'expected an http:// or https:// URL');
  return value;
}

export function splitList(value: string, commas: boolean): string[] {
  return value
    .split(commas ? /[\n,]/ : /\n/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

function parsePairs(name: string, lines: string[], separator: string, shape: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const line of lines) {
    const at = line.indexOf(separator);
    const key = at > 0 ? line.slice(0, at).trim() : '';
    if (key === '') throw invalidValue(name, line, `expected one "${shape}" per line`);
    pairs.set(key, line.slice(at + 1).trim());
  }
  return pairs;
}

function checkBounds(name: string, raw: string, value: number, bounds: Bounds, show: (n: number) => string): void {
  if (bounds.min !== undefined && value < bounds.min)
    throw invalidValue(name, raw, `must be at least ${show(bounds.min)}`);
  if (bounds.max !== undefined && value > bounds.max)
    throw invalidValue(name, raw, `must be at most ${show(bounds.max)}`);
}

/** The value when it matches `pattern`, undefined when empty; otherwise an error saying what is accepted. */
export function optionalMatching(inputs: Inputs, name: string, pattern: RegExp, accepts: string): string | undefined {
  const value = inputs.optional(name);
  if (value !== undefined && !pattern.test(value)) throw invalidValue(name, value, accepts);
  return value;
}
