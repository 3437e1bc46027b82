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

/** A double-quoted label; never `""`, which xychart's grammar refuses. */
function quoted(text: string, maxLength?: number): string {
  return `"${mermaidText(text, maxLength) || '–'}"`;
}

/**
 * An xychart-beta bar chart with an optional line series on the same axis (counts per label).
 * `height` (pixels) makes it shorter than mermaid's 500: a small chart beside a table.
 */
export function barChart(chart: {
  title: string;
  labels: readonly string[];
  axis: string;
  bars: readonly number[];
  line?: readonly number[];
  height?: number;
}): string {
  // An empty axis (`x-axis []`) does not parse: one empty category instead.
  const empty = chart.labels.length === 0;
  const labels = empty ? ['none'] : chart.labels;
  const bars = empty ? [0] : chart.bars;
  const line = chart.line && (empty ? [0] : chart.line);
  const top = Math.max(1, ...bars, ...(line ?? []));
  return mermaidBlock([
    ...(chart.height ? [`%%{init: {"xyChart": {"height": ${Math.round(chart.height)}}}}%%`] : []),
    'xychart-beta',
    `  title ${quoted(chart.title)}`,
    `  x-axis [${labels.map((label) => quoted(label, 20)).join(', ')}]`,
    `  y-axis ${quoted(chart.axis)} 0 --> ${top}`,
    `  bar [${bars.join(', ')}]`,
    ...(line ? [`  line [${line.join(', ')}]`] : []),
  ]);
}

/** Words the gantt grammar reads at the start of a line: a task name must not begin with one. */
const GANTT_KEYWORDS = new RegExp(
  String.raw`^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|` +
    String.raw`inclusiveenddates|topaxis|displaymode|acc\w*|click|call|href)\b`,
  'i',
);

/** Text safe as a gantt section or task name: mermaidText without colons (a colon ends the name). */
export function ganttText(text: string, maxLength = 60): string {
  // U+A789 (modifier letter colon) looks like a colon and is a letter to mermaid.
  const cleaned = mermaidText(text, maxLength).replace(/:/g, '\uA789');
  if (cleaned === '') return '–';
  return GANTT_KEYWORDS.test(cleaned) ? `– ${cleaned}` : cleaned;
}

/** One bar of a timeline, in milliseconds from its start; `crit` shows it red, `done` grey. */
export interface GanttTask {
  label: string;
  startMs: number;
  endMs: number;
  state: 'done' | 'crit' | 'active';
}

/** Tick steps a timeline's axis may use, in milliseconds, with mermaid's name for them. */
const TICKS: ReadonlyArray<[number, string]> = [
  ...[10, 20, 50, 100, 200, 500].map((n): [number, string] => [n, `${n}millisecond`]),
  ...[1, 2, 5, 10, 15, 30].map((n): [number, string] => [n * 1000, `${n}second`]),
  ...[1, 2, 5, 10, 15, 30].map((n): [number, string] => [n * 60_000, `${n}minute`]),
  ...[1, 2, 3, 6, 12, 24].map((n): [number, string] => [n * 3_600_000, `${n}hour`]),
];

/**
 * The axis of a timeline `totalMs` long: about eight ticks, labelled as elapsed time (times start
 * at 0, so minutes and seconds read as elapsed).
 */
function ganttAxis(totalMs: number): string[] {
  const [step, interval] = TICKS.find(([ms]) => ms >= totalMs / 8) ?? TICKS.at(-1)!;
  const format = step < 1000 ? '%S.%L' : totalMs < 3_600_000 ? '%M:%S' : '%H:%M';
  return [`  axisFormat ${format}`, `  tickInterval ${interval}`];
}

/**
 * A gantt chart of what happened and how long each part took: sections in order, each with its
 * bars, times in milliseconds from 0 (`dateFormat x`). Empty sections are left out.
 */
export function ganttChart(chart: {
  title: string;
  sections: ReadonlyArray<{ name: string; tasks: readonly GanttTask[] }>;
}): string {
  const sections = chart.sections.filter((section) => section.tasks.length > 0);
  const end = Math.max(1, ...sections.flatMap((section) => section.tasks.map((task) => task.endMs)));
  return mermaidBlock([
    'gantt',
    `  title ${ganttText(chart.title)}`,
    '  dateFormat x',
    ...ganttAxis(end),
    ...sections.flatMap((section) => [
      `  section ${ganttText(section.name, 30)}`,
      ...section.tasks.map((task) => {
        const start = Math.max(0, Math.round(task.startMs));
        // A bar at least 1 ms long: mermaid draws nothing for a task that ends where it starts.
        const stop = Math.max(start + 1, Math.round(task.endMs));
        return `  ${ganttText(task.label)} :${task.state}, ${start}, ${stop}`;
      }),
    ]),
  ]);
}
