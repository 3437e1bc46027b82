import { type ConfigContext, type Effects, effectsFor } from '../../src/lib/action.js';
import { readRunContext, type RunContext } from '../../src/lib/context.js';
import { httpRequest } from '../../src/lib/http.js';
import type { DeadlineHttp } from '../../src/providers/contract.js';
import { REQUEST_CAP_MS } from '../../src/providers/run.js';
import { Secrets } from '../../src/lib/secrets.js';

type Env = Record<string, string | undefined>;

/** The real effects of this test process (its environment and working directory). */
export const realEffects: Effects = effectsFor(process.env);

/** Runs a process as this test process would (its environment and working directory). */
export const execute = realEffects.exec;

/**
 * The second argument of every action's `readConfig(inputs, context)`: the run read from `env`
 * (overlaid with `run`), real effects unless given (`now` fixes the clock's reading), fresh secrets
 * unless given.
 */
export function configContext(
  given: { env?: Env; run?: Partial<RunContext>; secrets?: Secrets; effects?: Partial<Effects>; now?: number } = {},
): ConfigContext {
  const env = given.env ?? {};
  const clock = given.now === undefined ? realEffects.clock : { ...realEffects.clock, now: () => given.now! };
  return {
    env,
    run: { ...readRunContext(env), ...given.run },
    secrets: given.secrets ?? new Secrets(),
    effects: { ...realEffects, clock, ...given.effects },
  };
}

/** Files as a config reads them, from a map of path to text; anything else is missing (ENOENT). */
export function filesOf(texts: Record<string, string>): Effects['files'] {
  return {
    exists: (path) => path in texts,
    isDirectory: () => false,
    read: (path) => {
      if (path in texts) return texts[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  };
}

/** A provider API client's HTTP outside a run (no deadline): the real client with the per-request cap alone. */
export const cappedHttp: DeadlineHttp = (request) => httpRequest({ ...request, timeoutMs: REQUEST_CAP_MS });
