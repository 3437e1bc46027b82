/**
 * Reads a Trivy JSON report without building the whole tree at once. A 50 MB report parsed with one
 * JSON.parse holds ~200 MB of objects at its peak; here the report's skeleton is walked byte by byte
 * (objects and arrays are only delimited, never interpreted) and every leaf value, including each
 * single vulnerability, misconfiguration or secret, is handed to JSON.parse on its own. JSON.parse
 * still validates every byte of every value; the walk checks the separators between them. Peak
 * memory is then the file's bytes plus one finding, and time is about that of a single JSON.parse.
 *
 * Pure: bytes in, skeleton out. Which arrays are split is the caller's choice (`lists`).
 */

/** The file ends inside a value: a truncated report. */
export class TruncatedJsonError extends Error {
  override name = 'TruncatedJsonError';
}

/** Where one element of a split array lies in the bytes. */
export interface Span {
  start: number;
  end: number;
}

export interface ResultSkeleton {
  /** Every member of the Result except the split lists, parsed. */
  fields: Record<string, unknown>;
  /** The split lists: each element's span, to be parsed one at a time. */
  lists: Record<string, Span[]>;
}

export interface ReportSkeleton {
  /** The top-level members except `Results`, parsed. */
  top: Record<string, unknown>;
  /** `Results` split into Results (undefined when absent; `invalid` when not an array of objects). */
  results: ResultSkeleton[] | undefined | 'invalid';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Returns undefined when the document is not an object at the top (the caller then parses it whole
 * to say what it is). Throws TruncatedJsonError when it ends early and SyntaxError when it is not JSON.
 */
export function scanReport(bytes: Buffer, lists: ReadonlySet<string>): ReportSkeleton | undefined {
  const scanner = new Scanner(bytes);
  let at = scanner.skipSpace(0);
  if (bytes[at] !== OPEN_OBJECT) return undefined;
  const skeleton: ReportSkeleton = { top: {}, results: undefined };
  at = scanner.members(at, (key, valueAt) => {
    if (key !== 'Results') {
      const end = scanner.valueEnd(valueAt);
      skeleton.top[key] = scanner.parse(valueAt, end);
      return end;
    }
    if (bytes[valueAt] !== OPEN_ARRAY) {
      const end = scanner.valueEnd(valueAt);
      scanner.parse(valueAt, end); // still has to be JSON
      skeleton.results = 'invalid';
      return end;
    }
    const results: ResultSkeleton[] = [];
    let valid = true;
    const end = scanner.elements(valueAt, (elementAt) => {
      if (bytes[elementAt] !== OPEN_OBJECT) {
        valid = false;
        const elementEnd = scanner.valueEnd(elementAt);
        scanner.parse(elementAt, elementEnd);
        return elementEnd;
      }
      const result: ResultSkeleton = { fields: {}, lists: {} };
      results.push(result);
      return scanner.members(elementAt, (member, memberAt) => {
        if (lists.has(member) && bytes[memberAt] === OPEN_ARRAY) {
          const spans: Span[] = [];
          result.lists[member] = spans;
          return scanner.elements(memberAt, (itemAt) => {
            const itemEnd = scanner.valueEnd(itemAt);
            spans.push({ start: itemAt, end: itemEnd });
            return itemEnd;
          });
        }
        const memberEnd = scanner.valueEnd(memberAt);
        result.fields[member] = scanner.parse(memberAt, memberEnd);
        return memberEnd;
      });
    });
    skeleton.results = valid ? results : 'invalid';
    return end;
  });
  at = scanner.skipSpace(at);
  if (at < bytes.length) throw new SyntaxError(`Unexpected data after the report's closing brace at position ${at}`);
  return skeleton;
}

/** Parses one span, as JSON.parse would parse that text alone. */
export function parseSpan(bytes: Buffer, span: Span): unknown {
  return JSON.parse(bytes.toString('utf8', span.start, span.end));
}

class Scanner {
  constructor(private readonly bytes: Buffer) {}

  parse(start: number, end: number): unknown {
    return JSON.parse(this.bytes.toString('utf8', start, end));
  }

  skipSpace(at: number): number {
    const bytes = this.bytes;
    while (at < bytes.length) {
      const c = bytes[at]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      at++;
    }
    return at;
  }

  /**
   * `{ "key": value, ... }` starting at `at`; `onMember` gets each key and where its value starts,
   * and returns where it ends.
   */
  members(at: number, onMember: (key: string, valueAt: number) => number): number {
    at = this.skipSpace(at + 1);
    if (this.peek(at) === CLOSE_OBJECT) return at + 1;
    for (;;) {
      if (this.peek(at) !== QUOTE) throw this.unexpected(at, 'a member name');
      const keyEnd = this.stringEnd(at);
      const key = this.parse(at, keyEnd) as string;
      at = this.skipSpace(keyEnd);
      if (this.peek(at) !== COLON) throw this.unexpected(at, '":"');
      at = this.skipSpace(onMember(key, this.skipSpace(at + 1)));
      const next = this.peek(at);
      if (next === CLOSE_OBJECT) return at + 1;
      if (next !== COMMA) throw this.unexpected(at, '"," or "}"');
      at = this.skipSpace(at + 1);
    }
  }

  /** `[ value, ... ]` starting at `at`. */
  elements(at: number, onElement: (valueAt: number) => number): number {
    at = this.skipSpace(at + 1);
    if (this.peek(at) === CLOSE_ARRAY) return at + 1;
    for (;;) {
      at = this.skipSpace(onElement(at));
      const next = this.peek(at);
      if (next === CLOSE_ARRAY) return at + 1;
      if (next !== COMMA) throw this.unexpected(at, '"," or "]"');
      at = this.skipSpace(at + 1);
    }
  }

  /** Where the value starting at `at` ends (exclusive). Containers are only delimited here. */
  valueEnd(at: number): number {
    const bytes = this.bytes;
    const first = this.peek(at);
    if (first === QUOTE) return this.stringEnd(at);
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      for (let i = at; i < bytes.length; i++) {
        const c = bytes[i]!;
        if (c === QUOTE) {
          i = this.stringEnd(i) - 1;
        } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
          depth++;
        } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
          if (--depth === 0) return i + 1;
        }
      }
      throw new TruncatedJsonError(`Unexpected end of JSON input inside a value that starts at position ${at}`);
    }
    // A number, true, false or null: up to the next separator (JSON.parse checks it).
    let i = at;
    while (i < bytes.length) {
      const c = bytes[i]!;
      if (
        c === COMMA ||
        c === CLOSE_OBJECT ||
        c === CLOSE_ARRAY ||
        c === 0x20 ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x09
      )
        break;
      i++;
    }
    if (i === bytes.length) throw new TruncatedJsonError('Unexpected end of JSON input');
    if (i === at) throw this.unexpected(at, 'a value');
    return i;
  }

  stringEnd(at: number): number {
    const bytes = this.bytes;
    for (let i = at + 1; i < bytes.length; i++) {
      const c = bytes[i]!;
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) return i + 1;
    }
    throw new TruncatedJsonError(`Unterminated string in JSON at position ${at}`);
  }

  peek(at: number): number {
    if (at >= this.bytes.length) throw new TruncatedJsonError('Unexpected end of JSON input');
    return this.bytes[at]!;
  }

  unexpected(at: number, expected: string): SyntaxError {
    return new SyntaxError(
      `Expected ${expected} at position ${at}, found ${JSON.stringify(String.fromCharCode(this.bytes[at]!))}`,
    );
  }
}
