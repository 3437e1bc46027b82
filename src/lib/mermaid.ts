/**
 * Mermaid diagrams in job summaries (GitHub renders ```mermaid blocks). Labels built from user or
 * remote text go through `mermaidText`, so that no quote, bracket, semicolon, comment marker or
 * newline in them can end a label early and show the reader a syntax error instead of a picture.
 */

/** Text safe inside a double-quoted Mermaid label: letters, digits and plain punctuation only. */
export function mermaidText(text: string, maxLength = 60): string {
  const cleaned = text
    .replace(/[^\p{L}\p{N} ._,:/()+@-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}

/** A fenced mermaid block. */
export function mermaidBlock(lines: readonly string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

/** An xychart-beta bar chart with an optional line series on the same axis (counts per label). */
export function barChart(chart: { title: string; labels: readonly string[]; axis: string; bars: readonly number[]; line?: readonly number[] }): string {
  const top = Math.max(1, ...chart.bars, ...(chart.line ?? []));
  return mermaidBlock([
    'xychart-beta',
    `  title "${mermaidText(chart.title)}"`,
    `  x-axis [${chart.labels.map((label) => `"${mermaidText(label, 20)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(chart.axis)}" 0 --> ${top}`,
    `  bar [${chart.bars.join(', ')}]`,
    ...(chart.line ? [`  line [${chart.line.join(', ')}]`] : []),
  ]);
}
