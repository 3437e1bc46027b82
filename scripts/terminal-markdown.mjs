// Job-summary markdown rendered for a terminal (npm run demo): headings, tables with aligned
// columns, links as `text (url)`, <details> unfolded, code blocks indented, entities decoded. It
// covers what deploy-kit's summaries use (src/lib/summary.ts), not all of CommonMark.

/** ANSI styles, or none (NO_COLOR, or output that is not a terminal). */
export function styles(enabled) {
  const wrap = (open, close) => (text) => (enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22), underline: wrap(4, 24), cyan: wrap(36, 39), rgb: (hex, text) => (enabled ? `\x1b[38;2;${hexRgb(hex)}m${text}\x1b[39m` : text) };
}

function hexRgb(hex) {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return `${(value >> 16) & 255};${(value >> 8) & 255};${value & 255}`;
}

/** Columns a string takes in a terminal: emoji count two, variation selectors and joiners none. */
export function displayWidth(text) {
  let width = 0;
  for (const char of text.replace(/\x1b\[[0-9;]*m/g, '')) {
    if (/[\u200d\ufe0e\ufe0f\u0300-\u036f]/u.test(char)) continue;
    width += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char) ? 2 : 1;
  }
  return width;
}

function decode(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
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
  const rows = lines.filter((line) => !/^\|?\s*:?-{3,}/.test(line.trim())).map((line) => splitRow(line).map((cell) => inline(cell, style)));
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

/** The whole document, as lines for a terminal `width` columns wide. */
export function renderMarkdown(markdown, { color = false, width = 100, indent = '' } = {}) {
  const style = styles(color);
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(`{3,})/.exec(line);
    if (fence) {
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) out.push(`${indent}    ${style.dim(lines[i])}`);
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
