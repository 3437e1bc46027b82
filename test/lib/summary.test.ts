import { describe, expect, it } from 'vitest';
import { formatDuration, mdCode, mdLink, mdTable, mdText } from '../../src/lib/summary.js';

describe('summary markdown', () => {
  it('escapes user text for table cells', () => {
    expect(mdText('a|b <script> & c\nd')).toBe('a\\|b &lt;script&gt; &amp; c d');
    expect(mdTable(['A', 'B'], [['1', mdText('x|y')]])).toBe('| A | B |\n| --- | --- |\n| 1 | x\\|y |');
  });

  it('fences code that itself contains backticks', () => {
    expect(mdCode('a ``` b', 'sql')).toBe('````sql\na ``` b\n````');
  });

  it('links only http(s) URLs', () => {
    expect(mdLink('run', 'https://x/y')).toBe('[run](https://x/y)');
    expect(mdLink('run', 'javascript:alert(1)')).toBe('run');
  });

  it('formats durations for people', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_600_000 * 3 + 1_200_000)).toBe('3 h 20 min');
    expect(formatDuration(86_400_000 * 10 + 3_600_000)).toBe('10 d 1 h');
    expect(formatDuration(86_400_000 * 2)).toBe('2 d');
    expect(formatDuration(119_600)).toBe('2 min');
    // Chosen after rounding: never "60 s", "10.0 s", "60 min", "24 h" or "1000 ms".
    expect([999.6, 9960, 59_600, 3_599_600, 86_399_999, 45_000].map(formatDuration)).toEqual([
      '1.0 s',
      '10 s',
      '1 min',
      '1 h',
      '1 d',
      '45 s',
    ]);
  });
});
