/**
 * What "healthy" means for one answer: the status is expected, the body holds what it must, and
 * the JSON fields have one of their accepted values. Pure: parsing of the expectations (for the
 * config step) and judging of one observed answer.
 */

export interface StatusRange {
  from: number;
  to: number;
}

export type BodyExpectation = { kind: 'substring'; text: string } | { kind: 'regex'; pattern: RegExp };

/** `checks.database=ok|up`: the value at a dotted path must be one of the alternatives. */
export interface JsonExpectation {
  path: string;
  segments: string[];
  accepted: string[];
}

export interface Expectations {
  statuses: StatusRange[];
  body?: BodyExpectation;
  json: JsonExpectation[];
}

/** One thing that was expected and not seen. */
export interface Mismatch {
  what: 'status' | 'body' | 'json';
  /** e.g. `checks.database` for JSON; `status` or `body` otherwise. */
  subject: string;
  expected: string;
  seen: string;
}

/** An answer as the probe saw it (no answer at all is a probe error, judged elsewhere). */
export interface Answer {
  status: number;
  body: string;
  /** The body was longer than the read bound and was cut. */
  truncated: boolean;
}

/** `200`, `200-299`, `2xx`, `200,204`: returns undefined when any part is unreadable. */
export function parseStatusRanges(text: string): StatusRange[] | undefined {
  const ranges: StatusRange[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    let match: RegExpExecArray | null;
    if ((match = /^(\d{3})$/.exec(part))) ranges.push({ from: Number(match[1]), to: Number(match[1]) });
    else if ((match = /^(\d{3})\s*-\s*(\d{3})$/.exec(part)))
      ranges.push({ from: Number(match[1]), to: Number(match[2]) });
    else if ((match = /^([1-5])xx$/i.exec(part)))
      ranges.push({ from: Number(match[1]) * 100, to: Number(match[1]) * 100 + 99 });
    else return undefined;
  }
  const valid = ranges.every((r) => r.from >= 100 && r.to <= 599 && r.from <= r.to);
  return valid && ranges.length > 0 ? ranges : undefined;
}

export function describeStatuses(ranges: readonly StatusRange[]): string {
  return ranges.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(', ');
}

/** `/regex/flags` is a regular expression; anything else is a substring. Throws on a bad regex. */
export function parseBodyExpectation(text: string): BodyExpectation {
  const regex = /^\/(.+)\/([dgimsuvy]*)$/s.exec(text);
  if (!regex) return { kind: 'substring', text };
  // `g` and `y` make test() stateful between probes: drop them.
  return { kind: 'regex', pattern: new RegExp(regex[1]!, regex[2]!.replace(/[gy]/g, '')) };
}

export function describeBody(body: BodyExpectation): string {
  return body.kind === 'regex' ? `a match for ${String(body.pattern)}` : `the text ${JSON.stringify(body.text)}`;
}

/** `path` and `ok|healthy` from one `path=value` line; undefined when the path is unusable. */
export function parseJsonExpectation(path: string, value: string): JsonExpectation | undefined {
  const segments = path.split('.');
  if (segments.some((s) => s.trim() === '')) return undefined;
  return { path, segments, accepted: value.split('|').map((v) => v.trim()) };
}

/** The value at a dotted path (numeric segments index arrays); `undefined` when absent. */
export function valueAt(document: unknown, segments: readonly string[]): unknown {
  let current: unknown = document;
  for (const segment of segments) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (current !== null && typeof current === 'object' && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return current;
}

/** How a JSON value compares with an expected alternative: strings as they are, the rest as JSON. */
function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function showSeen(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function orWords(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** Everything this answer fails to meet; empty means the answer is healthy. */
export function judgeAnswer(answer: Answer, expectations: Expectations): Mismatch[] {
  const mismatches: Mismatch[] = [];
  if (!expectations.statuses.some((r) => answer.status >= r.from && answer.status <= r.to)) {
    mismatches.push({
      what: 'status',
      subject: 'HTTP status',
      expected: describeStatuses(expectations.statuses),
      seen: String(answer.status),
    });
  }
  const body = expectations.body;
  if (body) {
    const found = body.kind === 'regex' ? body.pattern.test(answer.body) : answer.body.includes(body.text);
    if (!found)
      mismatches.push({
        what: 'body',
        subject: 'body',
        expected: describeBody(body),
        seen: excerpt(answer.body, 120) || '(empty)',
      });
  }
  if (expectations.json.length > 0) mismatches.push(...judgeJson(answer, expectations.json));
  return mismatches;
}

function judgeJson(answer: Answer, expectations: readonly JsonExpectation[]): Mismatch[] {
  let document: unknown;
  try {
    document = JSON.parse(answer.body);
  } catch {
    const seen = answer.truncated
      ? 'a body cut at max-body-bytes, so not readable as JSON'
      : `not JSON: ${excerpt(answer.body, 80) || '(empty)'}`;
    return [{ what: 'json', subject: 'body', expected: 'a JSON body', seen }];
  }
  const mismatches: Mismatch[] = [];
  for (const expectation of expectations) {
    const value = valueAt(document, expectation.segments);
    const text = value === undefined ? undefined : jsonText(value);
    if (text === undefined || !expectation.accepted.includes(text)) {
      mismatches.push({
        what: 'json',
        subject: expectation.path,
        expected: orWords(expectation.accepted),
        seen: showSeen(value),
      });
    }
  }
  return mismatches;
}

/** One line of text, at most `length` characters. */
export function excerpt(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 3)}...` : line;
}

/** `status: expected 200-299, saw 503; checks.database: expected "ok", saw "down"` */
export function describeMismatches(mismatches: readonly Mismatch[]): string {
  return mismatches.map((m) => `${m.subject}: expected ${m.expected}, saw ${m.seen}`).join('; ');
}
