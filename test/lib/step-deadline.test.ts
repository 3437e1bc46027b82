import { describe, expect, it } from 'vitest';
import { StepTimeoutError, stepDeadline } from '../../src/lib/step-deadline.js';
import { realClock } from '../../src/lib/poll.js';

describe('stepDeadline', () => {
  it('names the phase that ran out of time, and why it stopped', async () => {
    const time = stepDeadline(200, 'timeout', 'installing and scanning', realClock);
    const stalled = time.phase(
      'installing Trivy 0.72.0',
      () => new Promise((_, fail) => time.signal.addEventListener('abort', () => fail(new Error('download stopped.')))),
    );
    await expect(stalled).rejects.toThrow(
      new StepTimeoutError(
        'The 200 ms "timeout" ran out while installing Trivy 0.72.0 (download stopped): ' +
          'it covers installing and scanning.',
      ),
    );
    await expect(time.phase('scanning', async () => 'never')).rejects.toThrow(/ran out while scanning: it covers/);
    expect(time.left()).toBe(0);
    expect(time.cap(30_000)).toBe(1000);
  });

  it('lets a failure in time through unchanged, and caps each wait by the time left', async () => {
    const time = stepDeadline(60_000, 'timeout', 'everything', realClock);
    await expect(time.phase('working', async () => Promise.reject(new Error('HTTP 404')))).rejects.toThrow(
      /^HTTP 404$/,
    );
    expect(await time.phase('working', async () => 42)).toBe(42);
    expect(time.cap(30_000)).toBe(30_000);
    expect(time.cap(120_000)).toBeLessThanOrEqual(60_000);
    expect(time.signal.aborted).toBe(false);
  });
});
