import type { Operation } from './protocol.js';

/**
 * Destructive changes in a migration: what loses data, rewrites a table, or fails on a table that
 * already has rows. Found from the operations the migration invoked (dialect-independent: SQLite's
 * batch mode rebuilds tables, so its SQL hides a type change) and, for raw SQL the migration runs
 * itself (`op.execute`, `RunSQL`), from the SQL text.
 */
export interface Warning {
  kind: 'drop-table' | 'drop-column' | 'type-change' | 'not-null' | 'rename' | 'truncate';
  text: string;
}

export function warningsFromOperations(operations: readonly Operation[]): Warning[] {
  const warnings: Warning[] = [];
  for (const op of operations) {
    const column = `${op.table ?? '?'}.${op.column ?? '?'}`;
    switch (op.kind) {
      case 'drop_table':
        warnings.push({ kind: 'drop-table', text: `drops table ${op.table ?? '?'}: its data is lost` });
        break;
      case 'drop_column':
        warnings.push({ kind: 'drop-column', text: `drops column ${column}: its data is lost` });
        break;
      case 'rename_table':
        warnings.push({
          kind: 'rename',
          text:
            `renames table ${op.table ?? '?'} to ${op.new_name ?? '?'}: ` +
            'the running release still uses the old name',
        });
        break;
      case 'alter_column':
        if (op.type_to) {
          warnings.push({
            kind: 'type-change',
            text:
              `changes the type of ${column}${op.type_from ? ` from ${op.type_from}` : ''} ` +
              `to ${op.type_to}: the table may be rewritten and values may not convert`,
          });
        }
        if (op.nullable === false && !op.has_default) {
          warnings.push({
            kind: 'not-null',
            text: `makes ${column} NOT NULL without a default: fails if any row holds NULL`,
          });
        }
        if (op.new_name) {
          warnings.push({
            kind: 'rename',
            text: `renames column ${column} to ${op.new_name}: the running release still uses the old name`,
          });
        }
        break;
      case 'add_column':
        if (op.nullable === false && !op.has_default) {
          warnings.push({
            kind: 'not-null',
            text: `adds ${column} NOT NULL without a default: fails on a table that has rows`,
          });
        }
        break;
      case 'execute':
        warnings.push(...warningsFromSql(op.sql ?? ''));
        break;
      default:
        // Django operations arrive already classified by the helper.
        if (op.kind.startsWith('django:')) warnings.push(...djangoWarning(op));
    }
  }
  return dedupe(warnings);
}

function djangoWarning(op: Operation): Warning[] {
  const what = op.description ?? op.kind;
  switch (op.kind) {
    case 'django:drop_table':
      return [{ kind: 'drop-table', text: `${what}: its data is lost` }];
    case 'django:drop_column':
      return [{ kind: 'drop-column', text: `${what}: its data is lost` }];
    case 'django:type_change':
      return [
        { kind: 'type-change', text: `${what}: the column's type or constraints may change, rewriting the table` },
      ];
    case 'django:not_null':
      return [{ kind: 'not-null', text: `${what}: NOT NULL without a default fails on a table that has rows` }];
    case 'django:rename':
      return [{ kind: 'rename', text: `${what}: the running release still uses the old name` }];
    case 'django:sql':
      return warningsFromSql(op.sql ?? '');
    default:
      return [];
  }
}

/** Splits SQL into statements at semicolons outside quotes, with comments removed and spaces folded. */
export function sqlStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!;
    if (quote) {
      current += char;
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
      current += char;
    } else if (char === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      current += ' ';
    } else if (char === ';') {
      statements.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  statements.push(current);
  return statements.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const NAME = String.raw`("[^"]+"|\x60[^\x60]+\x60|[\w.]+)`;

/** Destructive statements in SQL (PostgreSQL, SQLite and MySQL spellings). */
export function warningsFromSql(sql: string): Warning[] {
  const statements = sqlStatements(sql);
  const unquote = (name: string) => name.replace(/^["`]|["`]$/g, '');
  // SQLite batch mode rebuilds a table: CREATE _alembic_tmp_x, copy, DROP x, RENAME _alembic_tmp_x TO x.
  const rebuilt = new Set(
    statements.flatMap((s) => {
      const match = new RegExp(`^ALTER TABLE ${NAME} RENAME TO ${NAME}`, 'i').exec(s);
      return match && /^_alembic_tmp_/.test(unquote(match[1]!)) ? [unquote(match[2]!)] : [];
    }),
  );
  const warnings: Warning[] = [];
  for (const statement of statements) {
    let match: RegExpExecArray | null;
    if ((match = new RegExp(`^DROP TABLE (?:IF EXISTS )?${NAME}`, 'i').exec(statement))) {
      const table = unquote(match[1]!);
      if (!rebuilt.has(table) && !/^_alembic_tmp_/.test(table))
        warnings.push({ kind: 'drop-table', text: `drops table ${table}: its data is lost` });
    } else if ((match = /^TRUNCATE (?:TABLE )?(.+)/i.exec(statement))) {
      warnings.push({ kind: 'truncate', text: `truncates ${match[1]!.trim()}: its data is lost` });
    } else if ((match = new RegExp(`^ALTER TABLE (?:ONLY )?(?:IF EXISTS )?${NAME} (.*)$`, 'i').exec(statement))) {
      warnings.push(...alterTableWarnings(unquote(match[1]!), match[2]!, unquote));
    }
  }
  return dedupe(warnings);
}

function alterTableWarnings(table: string, actions: string, unquote: (name: string) => string): Warning[] {
  const warnings: Warning[] = [];
  // PostgreSQL allows several actions in one ALTER TABLE, separated by commas.
  for (const action of actions.split(/,(?![^(]*\))/).map((a) => a.trim())) {
    let match: RegExpExecArray | null;
    if (
      (match = new RegExp(`^DROP (?:COLUMN )?(?:IF EXISTS )?${NAME}`, 'i').exec(action)) &&
      !/^DROP (CONSTRAINT|INDEX|PRIMARY|FOREIGN|DEFAULT)/i.test(action)
    ) {
      warnings.push({ kind: 'drop-column', text: `drops column ${table}.${unquote(match[1]!)}: its data is lost` });
    } else if (
      (match = new RegExp(`^ALTER (?:COLUMN )?${NAME} (?:SET DATA )?TYPE (.+?)(?: USING .*)?$`, 'i').exec(action))
    ) {
      warnings.push({
        kind: 'type-change',
        text:
          `changes the type of ${table}.${unquote(match[1]!)} to ${match[2]!}: ` +
          'the table may be rewritten and values may not convert',
      });
    } else if ((match = new RegExp(`^(?:MODIFY|CHANGE) (?:COLUMN )?${NAME} (.+)$`, 'i').exec(action))) {
      warnings.push({
        kind: 'type-change',
        text: `changes the definition of ${table}.${unquote(match[1]!)} to ${match[2]!}: the table may be rewritten`,
      });
    } else if ((match = new RegExp(`^ALTER (?:COLUMN )?${NAME} SET NOT NULL`, 'i').exec(action))) {
      warnings.push({
        kind: 'not-null',
        text: `makes ${table}.${unquote(match[1]!)} NOT NULL: fails if any row holds NULL`,
      });
    } else if ((match = new RegExp(`^ADD (?:COLUMN )?(?:IF NOT EXISTS )?${NAME} (.+)$`, 'i').exec(action))) {
      const definition = match[2]!;
      if (
        /\bNOT NULL\b/i.test(definition) &&
        !/\bDEFAULT\b/i.test(definition) &&
        !/\b(GENERATED|SERIAL|BIGSERIAL)\b/i.test(definition)
      ) {
        warnings.push({
          kind: 'not-null',
          text: `adds ${table}.${unquote(match[1]!)} NOT NULL without a default: fails on a table that has rows`,
        });
      }
    } else if ((match = new RegExp(`^RENAME (?:COLUMN )?${NAME} TO ${NAME}`, 'i').exec(action))) {
      warnings.push({
        kind: 'rename',
        text:
          `renames column ${table}.${unquote(match[1]!)} to ${unquote(match[2]!)}: ` +
          'the running release still uses the old name',
      });
    } else if ((match = new RegExp(`^RENAME TO ${NAME}`, 'i').exec(action)) && !/^_alembic_tmp_/.test(table)) {
      warnings.push({
        kind: 'rename',
        text: `renames table ${table} to ${unquote(match[1]!)}: the running release still uses the old name`,
      });
    }
  }
  return warnings;
}

function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => (seen.has(w.text) ? false : (seen.add(w.text), true)));
}
