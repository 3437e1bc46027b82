// Job-summary markdown rendered for a terminal (npm run demo): headings, tables with aligned
// columns, links as `text (url)`, <details> unfolded, code blocks indented, entities decoded, and
// the Mermaid diagrams deploy-kit emits (src/lib/mermaid.ts) drawn in text: a gantt timeline as
// bars along one time axis, an xychart as a bar per label. It covers what deploy-kit's summaries
// use (src/lib/summary.ts), not all of CommonMark; any other diagram is shown as its source.

/** ANSI styles, or none (NO_COLOR, or output that is not a terminal). */
export function styles(enabled) {
  const wrap = (open, close) => (text) => (enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    underline: wrap(4, 24),
    cyan: wrap(36, 39),
    rgb: (hex, text) => (enabled ? `\x1b[38;2;${hexRgb(hex)}m${text}\x1b[39m` : text),
  };
}

function hexRgb(hex) {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return `${(value >> 16) & 255};${(value >> 8) & 255};${value & 255}`;
}

/** Columns a string takes in a terminal: emoji count two, variation selectors and joiners none. */
export function displayWidth(text) {
  let width = 0;
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC, which is what is matched
  for (const char of text.replace(/\x1b\[[0-9;]*m/g, '')) {
    /* eslint-disable-next-line no-misleading-character-class --
       each character is tested alone, joiners and marks included */
    if (/[\u200d\ufe0e\ufe0f\u0300-\u036f]/u.test(char)) continue;
    width += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char)
      ? 2
      : 1;
  }
  return width;
}

function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Inline markdown: links as text (url), **bold**, `code`, escapes. */
function inline(text, style) {
  return decode(
    text
      .replace(/\[((?:\\.|[^\]])*)\]\(([^)\s]+)\)/g, (_, label, url) => {
        const shown = label.replace(/\\(.)/g, '$1');
        return shown === url ? url : `${shown} (${url})`;
      })
      .replace(/\*\*([^*]+)\*\*/g, (_, bold) => style.bold(bold))
      .replace(/`([^`]+)`/g, (_, code) => style.cyan(code))
      .replace(/\\([|[\]\\`*_])/g, '$1'),
  );
}

function splitRow(line) {
  const cells = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (body[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += body[i];
  }
  cells.push(cell.trim());
  return cells;
}

function table(lines, style, indent) {
  const rows = lines
    .filter((line) => !/^\|?\s*:?-{3,}/.test(line.trim()))
    .map((line) => splitRow(line).map((cell) => inline(cell, style)));
  const [head, ...body] = rows;
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))));
  const pad = (text, width) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
  const line = (row) => `${indent}${row.map((cell, c) => pad(cell ?? '', widths[c])).join('  ')}`.trimEnd();
  const headless = head.every((cell) => cell === '');
  return [
    ...(headless ? [] : [style.bold(line(head)), `${indent}${widths.map((w) => '─'.repeat(w)).join('  ')}`]),
    ...body.map(line),
  ];
}

function wrap(text, width, indent) {
  const out = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

const GANTT_COLORS = { crit: '#e5534b', done: '#57ab5a', active: '#539bf5' };
const unescapeLabel = (text) => text.replace(/\uA789/g, ':');

/** A seconds figure for the time axis: `850 ms`, `3.4 s`, `2 min 5 s`. */
function seconds(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** Clip to `width` columns, with … when cut. */
function clipTo(text, width) {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** A gantt (as ganttChart writes it): each task a bar on one time axis, under its section. */
function gantt(body, style, indent, width) {
  let title = '';
  const rows = [];
  for (const line of body) {
    const trimmed = line.trim();
    const task = /^(.*?)\s*:(\w+),\s*(\d+),\s*(\d+)$/.exec(trimmed);
    if (trimmed.startsWith('title ')) title = trimmed.slice(6);
    else if (trimmed.startsWith('section ')) rows.push({ section: unescapeLabel(trimmed.slice(8)) });
    else if (task)
      rows.push({ label: unescapeLabel(task[1]), state: task[2], start: Number(task[3]), end: Number(task[4]) });
  }
  const tasks = rows.filter((row) => !row.section);
  if (tasks.length === 0) return undefined;
  const total = Math.max(1, ...tasks.map((task) => task.end));
  const labelWidth = Math.min(48, Math.max(...tasks.map((task) => displayWidth(task.label))));
  const barWidth = Math.max(10, width - displayWidth(indent) - labelWidth - 4);
  const pad = (text) => text + ' '.repeat(Math.max(0, labelWidth - displayWidth(text)));
  const out = [`${indent}${style.bold(title || 'Timeline')} ${style.dim(`(0 to ${seconds(total)})`)}`];
  for (const row of rows) {
    if (row.section) {
      out.push(`${indent}${style.bold(row.section)}`);
      continue;
    }
    const from = Math.min(barWidth - 1, Math.floor((row.start / total) * barWidth));
    const length = Math.max(1, Math.round(((row.end - row.start) / total) * barWidth));
    const bar =
      ' '.repeat(from) +
      style.rgb(GANTT_COLORS[row.state] ?? GANTT_COLORS.active, '█'.repeat(Math.min(length, barWidth - from)));
    out.push(`${indent}  ${pad(clipTo(row.label, labelWidth))}  ${bar}`);
  }
  return out;
}

/** An xychart (as barChart writes it): a bar per label, with the line series' value beside it. */
function xychart(body, style, indent, width) {
  const text = body.join('\n');
  const title = /^\s*title "(.*)"$/m.exec(text)?.[1] ?? '';
  const labels = [...(/^\s*x-axis \[(.*)\]$/m.exec(text)?.[1].matchAll(/"([^"]*)"/g) ?? [])].map((match) => match[1]);
  const series = (name) => new RegExp(`^\\s*${name} \\[(.*)\\]$`, 'm').exec(text)?.[1].split(',').map(Number) ?? [];
  const bars = series('bar');
  const line = series('line');
  if (labels.length === 0 || bars.length !== labels.length) return undefined;
  const top = Math.max(1, ...bars);
  const labelWidth = Math.max(...labels.map((label) => displayWidth(label)));
  const barWidth = Math.max(10, Math.min(50, width - displayWidth(indent) - labelWidth - 16));
  const out = [`${indent}${style.bold(title)}`];
  labels.forEach((label, i) => {
    const value = bars[i];
    const bar = '█'.repeat(Math.round((value / top) * barWidth)) || (value > 0 ? '▏' : '');
    const extra = line.length === labels.length ? style.dim(` · ${line[i]}`) : '';
    out.push(`${indent}  ${label}${' '.repeat(labelWidth - displayWidth(label))}  ${style.cyan(bar)} ${value}${extra}`);
  });
  return out;
}

/** A ```mermaid block drawn in text, or undefined for a diagram this renderer does not know. */
function mermaid(body, style, indent, width) {
  // The first line that is neither empty nor a directive (%%{init: …}%%) names the diagram.
  const kind = body.find((line) => line.trim() !== '' && !line.trim().startsWith('%%'))?.trim();
  if (kind === 'gantt') return gantt(body, style, indent, width);
  if (kind === 'xychart-beta') return xychart(body, style, indent, width);
  return undefined;
}

/** The whole document, as lines for a terminal `width` columns wide. */
export function renderMarkdown(markdown, { color = false, width = 100, indent = '' } = {}) {
  const style = styles(color);
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(`{3,})/.exec(line);
    if (fence) {
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) body.push(lines[i]);
      const drawn = line.slice(fence[1].length).trim() === 'mermaid' ? mermaid(body, style, indent, width) : undefined;
      out.push(...(drawn ?? body.map((text) => `${indent}    ${style.dim(text)}`)));
      continue;
    }
    if (line.trim().startsWith('|')) {
      const block = [];
      for (; i < lines.length && lines[i].trim().startsWith('|'); i++) block.push(lines[i]);
      i--;
      out.push(...table(block, style, indent));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2], style);
      out.push(indent + (heading[1].length <= 2 ? style.bold(style.underline(text)) : style.bold(text)));
      continue;
    }
    const details = /^<details>\s*<summary>(.*)<\/summary>\s*$/.exec(line.trim());
    if (details) {
      out.push(`${indent}▾ ${inline(details[1], style)}`);
      continue;
    }
    if (/^<\/details>\s*$/.test(line.trim())) continue;
    if (line.trim() === '') {
      if (out.length && out.at(-1) !== '') out.push('');
      continue;
    }
    out.push(...wrap(inline(line, style), width, indent));
  }
  while (out.at(-1) === '') out.pop();
  return out;
}
