import type { Clock } from '../../src/lib/poll.js';

/** A clock whose sleeps return at once and move time forward: polling tests run in milliseconds. */
export function fakeClock(start = 1_000_000): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}
