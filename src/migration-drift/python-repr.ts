/**
 * A reader for the Python `repr` text that Alembic prints for autogenerate differences (`alembic
 * check` prints `FAILED: New upgrade operations detected: [...]`, and `repr(compare_metadata(...))`
 * is the same text). It is not JSON: tuples, lists, dicts, quoted strings, calls such as
 * `Column('id', Integer(), table=<users>, primary_key=True)` and opaque `<...>` values. Anything it
 * does not understand raises, so the caller can fall back to showing the raw text.
 */

export type PyValue =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'opaque'; v: string }
  | { t: 'tuple' | 'list'; items: PyValue[] }
  | { t: 'dict'; entries: [PyValue, PyValue][] }
  | { t: 'call'; name: string; args: PyValue[]; kwargs: Record<string, PyValue> };

export function parsePythonRepr(text: string): PyValue {
  const reader = new Reader(text);
  const value = reader.value();
  reader.skipSpace();
  if (!reader.atEnd()) throw reader.error('unexpected text after the value');
  return value;
}

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  error(what: string): Error {
    return new Error(`${what} at offset ${this.at} of the Python repr`);
  }

  skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  private peek(): string {
    this.skipSpace();
    return this.text[this.at] ?? '';
  }

  private expect(char: string): void {
    if (this.peek() !== char) throw this.error(`expected "${char}"`);
    this.at++;
  }

  value(): PyValue {
    const char = this.peek();
    if (char === '(') return this.sequence('(', ')', 'tuple');
    if (char === '[') return this.sequence('[', ']', 'list');
    if (char === '{') return this.dict();
    if (char === "'" || char === '"') return { t: 'str', v: this.string() };
    if (char === '<') return { t: 'opaque', v: this.opaque() };
    if (/[-\d.]/.test(char)) return this.number();
    if (/[A-Za-z_]/.test(char)) return this.nameOrCall();
    throw this.error(char ? `unexpected "${char}"` : 'unexpected end');
  }

  private sequence(open: string, close: string, t: 'tuple' | 'list'): PyValue {
    this.expect(open);
    const items: PyValue[] = [];
    while (this.peek() !== close) {
      items.push(this.value());
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== close) throw this.error(`expected "," or "${close}"`);
    }
    this.at++;
    return { t, items };
  }

  private dict(): PyValue {
    this.expect('{');
    const entries: [PyValue, PyValue][] = [];
    while (this.peek() !== '}') {
      const key = this.value();
      this.expect(':');
      entries.push([key, this.value()]);
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== '}') throw this.error('expected "," or "}"');
    }
    this.at++;
    return { t: 'dict', entries };
  }

  private string(): string {
    const quote = this.text[this.at++]!;
    let result = '';
    while (this.at < this.text.length) {
      const char = this.text[this.at++]!;
      if (char === quote) return result;
      if (char === '\\') {
        const next = this.text[this.at++] ?? '';
        result += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else {
        result += char;
      }
    }
    throw this.error('unterminated string');
  }

  /** `<users>`, `<sqlalchemy.sql.elements.TextClause object at 0x7f...>`: kept as text. */
  private opaque(): string {
    const start = this.at;
    let depth = 0;
    while (this.at < this.text.length) {
      const char = this.text[this.at++]!;
      if (char === '<') depth++;
      else if (char === '>' && --depth === 0) return this.text.slice(start + 1, this.at - 1);
    }
    throw this.error('unterminated <...>');
  }

  private number(): PyValue {
    const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(this.text.slice(this.at));
    if (!match) throw this.error('bad number');
    this.at += match[0].length;
    return { t: 'num', v: Number(match[0]) };
  }

  private nameOrCall(): PyValue {
    const match = /^[A-Za-z_][\w.]*/.exec(this.text.slice(this.at))!;
    this.at += match[0].length;
    const name = match[0];
    if (this.text[this.at] !== '(') return { t: 'name', v: name };
    this.at++;
    const args: PyValue[] = [];
    const kwargs: Record<string, PyValue> = {};
    while (this.peek() !== ')') {
      const keyword = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(this.text.slice(this.at));
      if (keyword) {
        this.at += keyword[0].length;
        kwargs[keyword[1]!] = this.value();
      } else {
        args.push(this.value());
      }
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== ')') throw this.error('expected "," or ")"');
    }
    this.at++;
    return { t: 'call', name, args, kwargs };
  }
}
