/**
 * Markdown for job summaries and PR comments, as pure functions over plain data. User text is
 * escaped so that it cannot break a table or inject HTML.
 */

/** Text for a table cell or inline use: no HTML, no table breaks, one line. */
export function mdText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A fenced block that no backtick run inside the text can close early. */
export function mdCode(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

export function mdLink(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return mdText(text);
  return `[${mdText(text).replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/** A folded section: `summary` is already markdown-safe text. */
export function mdDetails(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export const ICON = { pass: '✅', fail: '❌', skip: '⏭️', warn: '⚠️', info: 'ℹ️', wait: '⏳' } as const;

const UNITS = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
] as const;

/**
 * `850 ms`, `1.2 s`, `45 s`, `2 min 5 s`, `3 h 20 min`, `2 d 4 h`: past a minute the two largest
 * units, the smaller left out when 0. Each form is chosen after rounding, so a value just under a
 * unit reads as that unit (59.6 s is `1 min`, never `60 s`).
 */
export function formatDuration(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.round(ms / 100) < 100) return `${(ms / 1000).toFixed(1)} s`;
  if (Math.round(ms / 1000) < 60) return `${Math.round(ms / 1000)} s`;
  for (let at = 0; at < UNITS.length - 1; at++) {
    const [[large, largeName], [small, smallName]] = [UNITS[at]!, UNITS[at + 1]!];
    const total = Math.round(ms / small);
    if (total < large / small && at < UNITS.length - 2) continue;
    const whole = Math.floor(total / (large / small));
    const rest = total % (large / small);
    return rest ? `${whole} ${largeName} ${rest} ${smallName}` : `${whole} ${largeName}`;
  }
  return `${Math.round(ms)} ms`;
}
