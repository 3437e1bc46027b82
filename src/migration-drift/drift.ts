import { parsePythonRepr, type PyValue } from './python-repr.js';

/**
 * Autogenerate differences in words. Alembic gives them as a Python list of tuples (and, for column
 * changes, nested lists of tuples); each becomes a `Difference` that says what exists where, e.g.
 * `items.price: column in the models, not in the migrations`.
 */
export interface Difference {
  /** Alembic's operation name: add_column, remove_table, modify_type, ... */
  kind: string;
  /** `table`, `table.column` or the index/constraint name. */
  target: string;
  /** What differs, in words. */
  words: string;
}

export function describeDifference(difference: Difference): string {
  return `${difference.target}: ${difference.words}`;
}

/** The differences in a repr list; when the text cannot be read, one entry carrying the raw text. */
export function differencesFromRepr(text: string): Difference[] {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '[]') return [];
  let parsed: PyValue;
  try {
    parsed = parsePythonRepr(trimmed);
  } catch {
    return [{ kind: 'unknown', target: 'models', words: `differ from the migrations: ${trimmed.slice(0, 2000)}` }];
  }
  if (parsed.t !== 'list') return [{ kind: 'unknown', target: 'models', words: `differ from the migrations: ${trimmed.slice(0, 2000)}` }];
  return parsed.items.flatMap((item) => (item.t === 'list' ? item.items.map(describeEntry) : [describeEntry(item)]));
}

const IN_MODELS = 'in the models, not in the migrations';
const IN_MIGRATIONS = 'in the migrations, not in the models';

function describeEntry(entry: PyValue): Difference {
  if (entry.t !== 'tuple' || entry.items[0]?.t !== 'str') return { kind: 'unknown', target: '?', words: renderValue(entry) };
  const kind = entry.items[0].v;
  const args = entry.items.slice(1);
  switch (kind) {
    case 'add_table':
    case 'remove_table': {
      const table = args[0];
      const name = table?.t === 'call' ? qualified(stringArg(table, 0), kwString(table, 'schema')) : '?';
      return { kind, target: name, words: `table ${kind === 'add_table' ? IN_MODELS : IN_MIGRATIONS}` };
    }
    case 'add_column':
    case 'remove_column': {
      const [schema, table, column] = args;
      const columnName = column?.t === 'call' ? stringArg(column, 0) : '?';
      const type = column?.t === 'call' && column.args[1] ? ` (${renderType(column.args[1])})` : '';
      return {
        kind,
        target: `${qualified(asString(table), asString(schema))}.${columnName}`,
        words: `column${kind === 'add_column' ? type : ''} ${kind === 'add_column' ? IN_MODELS : IN_MIGRATIONS}`,
      };
    }
    case 'add_index':
    case 'remove_index': {
      const index = args[0];
      const name = index?.t === 'call' ? stringArg(index, 0) : '?';
      const columns = index?.t === 'call' ? index.args.slice(1).filter((a) => a.t === 'call') : [];
      const table = columns.map((c) => (c.t === 'call' && c.kwargs['table']?.t === 'opaque' ? c.kwargs['table'].v : '')).find(Boolean);
      const on = table ? ` on ${table}(${columns.map((c) => (c.t === 'call' ? stringArg(c, 0) : '?')).join(', ')})` : '';
      const unique = index?.t === 'call' && index.kwargs['unique']?.t === 'name' && index.kwargs['unique'].v === 'True' ? 'unique ' : '';
      return { kind, target: name, words: `${unique}index${on} ${kind === 'add_index' ? IN_MODELS : IN_MIGRATIONS}` };
    }
    case 'add_constraint':
    case 'remove_constraint':
    case 'add_fk':
    case 'remove_fk': {
      const constraint = args[0];
      const what = constraint?.t === 'call' ? constraintWord(constraint.name) : 'constraint';
      const name = constraint?.t === 'call' ? kwString(constraint, 'name') : undefined;
      const adds = kind.startsWith('add');
      return { kind, target: name ?? '(unnamed)', words: `${what} ${adds ? IN_MODELS : IN_MIGRATIONS}` };
    }
    case 'modify_type':
    case 'modify_nullable':
    case 'modify_default':
    case 'modify_comment': {
      const [schema, table, column, , before, after] = args;
      const target = `${qualified(asString(table), asString(schema))}.${asString(column) ?? '?'}`;
      return { kind, target, words: describeModification(kind, before, after) };
    }
    case 'add_table_comment':
    case 'remove_table_comment':
      return { kind, target: '(table)', words: kind === 'add_table_comment' ? 'table comment differs' : 'table comment only in the migrations' };
    default:
      return { kind, target: '?', words: renderValue(entry) };
  }
}

function describeModification(kind: string, before: PyValue | undefined, after: PyValue | undefined): string {
  if (kind === 'modify_nullable') {
    const word = (value: PyValue | undefined) => (value?.t === 'name' && value.v === 'False' ? 'NOT NULL' : 'nullable');
    return `${word(before)} in the migrations, ${word(after)} in the models`;
  }
  if (kind === 'modify_type') return `type ${renderType(before)} in the migrations, ${renderType(after)} in the models`;
  if (kind === 'modify_default') return `server default ${renderValue(before)} in the migrations, ${renderValue(after)} in the models`;
  return `comment ${renderValue(before)} in the migrations, ${renderValue(after)} in the models`;
}

function constraintWord(name: string): string {
  if (name.endsWith('UniqueConstraint')) return 'unique constraint';
  if (name.endsWith('ForeignKeyConstraint')) return 'foreign key';
  if (name.endsWith('CheckConstraint')) return 'check constraint';
  if (name.endsWith('PrimaryKeyConstraint')) return 'primary key';
  return 'constraint';
}

const SQL_NAMES: Record<string, string> = {
  Integer: 'INTEGER',
  BigInteger: 'BIGINT',
  SmallInteger: 'SMALLINT',
  String: 'VARCHAR',
  Unicode: 'VARCHAR',
  Text: 'TEXT',
  UnicodeText: 'TEXT',
  Boolean: 'BOOLEAN',
  DateTime: 'DATETIME',
  Date: 'DATE',
  Time: 'TIME',
  Float: 'FLOAT',
  Numeric: 'NUMERIC',
  LargeBinary: 'BLOB',
  Enum: 'ENUM',
  JSON: 'JSON',
  Uuid: 'UUID',
};

/** `VARCHAR(length=255)` -> `VARCHAR(255)`, `BigInteger()` -> `BIGINT`, `Numeric(precision=10, scale=2)` -> `NUMERIC(10, 2)`. */
export function renderType(value: PyValue | undefined): string {
  if (!value) return '?';
  if (value.t !== 'call') return renderValue(value);
  const bare = value.name.split('.').at(-1)!;
  const name = SQL_NAMES[bare] ?? bare.toUpperCase();
  const parts = [
    ...value.args.map(renderValue),
    ...['length', 'precision', 'scale'].flatMap((key) => (value.kwargs[key] ? [renderValue(value.kwargs[key])] : [])),
  ];
  return parts.length ? `${name}(${parts.join(', ')})` : name;
}

function renderValue(value: PyValue | undefined): string {
  if (!value) return '?';
  switch (value.t) {
    case 'str':
      return `'${value.v}'`;
    case 'num':
      return String(value.v);
    case 'name':
      return value.v;
    case 'opaque':
      return `<${value.v}>`;
    case 'tuple':
      return `(${value.items.map(renderValue).join(', ')})`;
    case 'list':
      return `[${value.items.map(renderValue).join(', ')}]`;
    case 'dict':
      return `{${value.entries.map(([k, v]) => `${renderValue(k)}: ${renderValue(v)}`).join(', ')}}`;
    case 'call':
      return `${value.name}(${[...value.args.map(renderValue), ...Object.entries(value.kwargs).map(([k, v]) => `${k}=${renderValue(v)}`)].join(', ')})`;
  }
}

function asString(value: PyValue | undefined): string | undefined {
  return value?.t === 'str' ? value.v : undefined;
}

function stringArg(call: Extract<PyValue, { t: 'call' }>, index: number): string {
  return asString(call.args[index]) ?? '?';
}

function kwString(call: Extract<PyValue, { t: 'call' }>, key: string): string | undefined {
  return asString(call.kwargs[key]);
}

function qualified(name: string | undefined, schema: string | undefined): string {
  return schema ? `${schema}.${name ?? '?'}` : (name ?? '?');
}
