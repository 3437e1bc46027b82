import { basename, matchesGlob } from 'node:path';
import type { Finding, FindingKind } from './findings.js';

/**
 * Trivy's two ignore-file formats, read the way Trivy reads them (pkg/result/ignore.go):
 * - `.trivyignore`: one id per line, `#` comments, optional `exp:YYYY-MM-DD`; each id applies to
 *   every kind of finding. A line whose expiry date cannot be read is skipped (with a warning).
 * - `.trivyignore.yaml` (or `.yml`): `vulnerabilities`, `misconfigurations`, `secrets` (and
 *   `licenses`, which this gate does not judge) lists of `{id, paths, purls, expired_at, statement}`.
 * An entry whose expiry date has passed hides nothing. Pure: text and `now` in, rules out.
 */

export interface IgnoreEntry {
  id: string;
  /** The kinds of finding it applies to; a plain `.trivyignore` line applies to all. */
  kinds: readonly FindingKind[];
  /** Globs (`**` crosses directories); empty: every path. */
  paths: string[];
  /** Package URLs; empty: every package. Vulnerabilities only. */
  purls: string[];
  /** Midnight UTC of the expiry date; absent: never expires. */
  expiresAt?: Date;
  statement?: string;
  /** `file:line`, for the summary. */
  source: string;
}

export interface IgnoreFile {
  entries: IgnoreEntry[];
  warnings: string[];
}

const ALL_KINDS: readonly FindingKind[] = ['vulnerability', 'misconfiguration', 'secret'];

export function parseTrivyIgnore(text: string, file: string): IgnoreFile {
  const name = basename(file);
  const result: IgnoreFile = { entries: [], warnings: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const [id = '', ...fields] = content.split(/\s+/);
    const entry: IgnoreEntry = { id, kinds: ALL_KINDS, paths: [], purls: [], source: `${name}:${index + 1}` };
    const expiry = fields.find((field) => field.startsWith('exp:'));
    if (expiry !== undefined) {
      const date = parseDate(expiry.slice(4));
      if (!date) {
        result.warnings.push(`${entry.source}: skipped "${content}": "${expiry}" is not a date (exp:YYYY-MM-DD).`);
        return;
      }
      entry.expiresAt = date;
    }
    result.entries.push(entry);
  });
  return result;
}

/** `2023-01-01` as midnight UTC, as Go's time.Parse("2006-01-02") reads it; undefined if not a real date. */
export function parseDate(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : date;
}

const DAY_MS = 86_400_000;

export interface IgnoreSchedule {
  /** Entries that still hide findings. */
  active: IgnoreEntry[];
  /** Entries whose date has passed: they hide nothing any more. */
  expired: IgnoreEntry[];
  /** Active entries that stop hiding within `soonDays`. */
  expiringSoon: IgnoreEntry[];
}

export function scheduleIgnores(entries: readonly IgnoreEntry[], now: Date, soonDays = 14): IgnoreSchedule {
  const schedule: IgnoreSchedule = { active: [], expired: [], expiringSoon: [] };
  for (const entry of entries) {
    if (entry.expiresAt && entry.expiresAt.getTime() < now.getTime()) {
      schedule.expired.push(entry);
      continue;
    }
    schedule.active.push(entry);
    if (entry.expiresAt && entry.expiresAt.getTime() - now.getTime() <= soonDays * DAY_MS)
      schedule.expiringSoon.push(entry);
  }
  return schedule;
}

/** Active entries by id, so that matching 20,000 findings costs a lookup each. */
export type IgnoreIndex = ReadonlyMap<string, readonly IgnoreEntry[]>;

export function indexIgnores(active: readonly IgnoreEntry[]): IgnoreIndex {
  const index = new Map<string, IgnoreEntry[]>();
  for (const entry of active) index.set(entry.id, [...(index.get(entry.id) ?? []), entry]);
  return index;
}

/** An active entry that hides this finding, or undefined. */
export function matchIgnore(finding: Finding, index: IgnoreIndex): IgnoreEntry | undefined {
  if (index.size === 0) return undefined;
  const candidates = idsOf(finding).flatMap((id) => index.get(id) ?? []);
  if (candidates.length === 0) return undefined;
  // Vulnerabilities match on the Result's target or the package's own path (pkg/result/ignore.go).
  const paths = finding.pkgPath ? [finding.target, finding.pkgPath] : [finding.target];
  return candidates.find(
    (entry) =>
      entry.kinds.includes(finding.kind) &&
      (entry.paths.length === 0 ||
        entry.paths.some((glob) => paths.some((path) => path !== '' && matchesGlob(path, glob)))) &&
      (entry.purls.length === 0 ||
        finding.kind !== 'vulnerability' ||
        !finding.purl ||
        entry.purls.some((purl) => purlMatches(purl, finding.purl!))),
  );
}

/** Misconfiguration ids are accepted in both forms, `DS-0002` and the older alias `AVD-DS-0002`. */
function idsOf(finding: Finding): string[] {
  if (finding.kind !== 'misconfiguration')
    return finding.aliases.length === 0 ? [finding.id] : [finding.id, ...finding.aliases];
  const ids = [finding.id, ...finding.aliases];
  return [...ids, ...ids.map((id) => (id.startsWith('AVD-') ? id.slice(4) : `AVD-${id}`))];
}

interface Purl {
  type: string;
  namespace: string;
  name: string;
  version?: string;
  qualifiers: Map<string, string>;
}

export function parsePurl(text: string): Purl | undefined {
  const match = /^pkg:([^/]+)\/([^?#]+)(?:\?([^#]*))?(?:#.*)?$/.exec(text.trim());
  if (!match) return undefined;
  // The version follows the last "@" that does not open a segment (an unencoded npm scope does).
  let path = match[2]!;
  let version: string | undefined;
  const at = path.lastIndexOf('@');
  if (at > 0 && path[at - 1] !== '/') {
    version = decode(path.slice(at + 1));
    path = path.slice(0, at);
  }
  const segments = path.split('/').filter(Boolean).map(decode);
  const purl: Purl = {
    type: match[1]!.toLowerCase(),
    namespace: segments.slice(0, -1).join('/'),
    name: segments.at(-1) ?? '',
    qualifiers: new Map(
      (match[3] ?? '')
        .split('&')
        .filter(Boolean)
        .map((pair) => [decode(pair.split('=')[0]!), decode(pair.split('=').slice(1).join('='))] as [string, string]),
    ),
  };
  if (version) purl.version = version;
  return purl;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An ignore entry's purl matches a package when every part it names is equal (no version: any version). */
export function purlMatches(pattern: string, target: string): boolean {
  const want = parsePurl(pattern);
  const have = parsePurl(target);
  if (!want || !have) return pattern === target;
  if (want.type !== have.type || want.namespace !== have.namespace || want.name !== have.name) return false;
  if (want.version !== undefined && want.version !== have.version) return false;
  return [...want.qualifiers].every(([key, value]) => have.qualifiers.get(key) === value);
}
