import { basename } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../lib/errors.js';
import type { FindingKind } from './findings.js';
import { type IgnoreEntry, type IgnoreFile, parseDate } from './ignore.js';

/**
 * `.trivyignore.yaml` (or `.yml`), as Trivy reads it (pkg/result/ignore.go): `vulnerabilities`,
 * `misconfigurations`, `secrets` (and `licenses`, which this gate does not judge) lists of
 * `{id, paths, purls, expired_at, statement}`. Its own module, so that the YAML parser is loaded
 * only when a run has such a file (ignore-file.ts imports it then).
 */

const YAML_SECTIONS: Record<string, FindingKind | undefined> = {
  vulnerabilities: 'vulnerability',
  misconfigurations: 'misconfiguration',
  secrets: 'secret',
  licenses: undefined,
};

export function parseTrivyIgnoreYaml(text: string, file: string): IgnoreFile {
  const name = basename(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0)
    throw new ConfigError(`The ignore file ${file} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const result: IgnoreFile = { entries: [], warnings: [] };
  if (doc.contents === null) return result;
  if (!isMap(doc.contents))
    throw new ConfigError(
      `The ignore file ${file} must be a YAML mapping with vulnerabilities, misconfigurations, secrets or licenses.`,
    );
  for (const pair of doc.contents.items) {
    const section = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    if (!(section in YAML_SECTIONS)) {
      result.warnings.push(
        `${name}: unknown section "${section}" (Trivy reads vulnerabilities, misconfigurations, secrets and licenses).`,
      );
      continue;
    }
    const kind = YAML_SECTIONS[section];
    if (pair.value === null || kind === undefined) continue;
    if (!isSeq(pair.value))
      throw new ConfigError(`The ignore file ${file}: "${section}" must be a list of entries with an id.`);
    for (const item of pair.value.items) {
      const node = item as { range?: readonly number[] | null; toJSON?: () => unknown };
      const source = `${name}:${lineCounter.linePos(node.range?.[0] ?? 0).line}`;
      result.entries.push(yamlEntry(node.toJSON ? node.toJSON() : item, kind, source, file));
    }
  }
  return result;
}

function yamlEntry(value: unknown, kind: FindingKind, source: string, file: string): IgnoreEntry {
  const fields =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const id = fields?.['id'];
  if (typeof id !== 'string' || id.trim() === '')
    throw new ConfigError(`The ignore file ${file}: the entry at ${source} has no id.`);
  const entry: IgnoreEntry = {
    id: id.trim(),
    kinds: [kind],
    paths: strings(fields!['paths'], 'paths', source, file),
    purls: strings(fields!['purls'], 'purls', source, file),
    source,
  };
  const expired = fields!['expired_at'];
  if (expired !== undefined && expired !== null) {
    const date = expired instanceof Date ? expired : parseDate(String(expired));
    if (!date)
      throw new ConfigError(
        `The ignore file ${file}: expired_at ${JSON.stringify(expired)} at ${source} is not a date (YYYY-MM-DD).`,
      );
    entry.expiresAt = date;
  }
  if (typeof fields!['statement'] === 'string' && fields!['statement'].trim() !== '')
    entry.statement = fields!['statement'].trim();
  return entry;
}

function strings(value: unknown, field: string, source: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new ConfigError(`The ignore file ${file}: ${field} at ${source} must be a list of strings.`);
  }
  return value as string[];
}
