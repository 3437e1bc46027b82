import { describe, expect, it } from 'vitest';
import { pollUntil } from '../../src/lib/poll.js';
import { fakeClock } from '../support/clock.js';

describe('pollUntil', () => {
  it('reads at once, then every interval, until done', async () => {
    const clock = fakeClock();
    const values = ['QUEUED', 'BUILDING', 'SUCCESS'];
    const result = await pollUntil(
      async () => values.shift()!,
      (v) => v === 'SUCCESS',
      { timeoutMs: 60_000, intervalMs: 5000, clock },
    );
    expect(result).toEqual({ done: true, value: 'SUCCESS', polls: 3 });
    expect(clock.slept).toEqual([5000, 5000]);
  });

  it('gives up at the deadline with the last value, cutting the last sleep short', async () => {
    const clock = fakeClock();
    const result = await pollUntil(
      async () => 'BUILDING',
      () => false,
      { timeoutMs: 12_000, intervalMs: 5000, clock },
    );
    expect(result).toEqual({ done: false, last: 'BUILDING', polls: 4 });
    expect(clock.slept).toEqual([5000, 5000, 2000]);
  });
});
