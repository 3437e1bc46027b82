import { messageOf } from '../lib/errors.js';

/**
 * The runner's cache service (@actions/cache), loaded only when a scan runs with `cache: true`.
 * Caching is an optimisation: when the service is missing (local runs, GHES without it) or fails,
 * it warns once and the gate goes on, never failing because of it.
 */
export class RunnerCache {
  #module: typeof import('@actions/cache') | undefined;
  #disabled = false;

  constructor(
    enabled: boolean,
    private readonly warn: (message: string) => void,
    private readonly log: (message: string) => void,
  ) {
    this.#disabled = !enabled;
  }

  /** The key restored (exact or by prefix), or undefined on a miss or when caching is off. */
  /** `timeoutMs`: the longest the download may take (the step's time left). */
  async restore(
    paths: string[],
    key: string,
    restoreKeys: string[] = [],
    timeoutMs?: number,
  ): Promise<string | undefined> {
    const cache = await this.#load();
    if (!cache) return undefined;
    try {
      const bounded = timeoutMs === undefined ? undefined : { timeoutInMs: timeoutMs, segmentTimeoutInMs: timeoutMs };
      const hit = await cache.restoreCache(paths, key, restoreKeys, bounded);
      this.log(hit ? `Cache restored: ${hit}` : `Cache miss: ${key}`);
      return hit;
    } catch (error) {
      this.warn(`Could not restore the cache ${key} (continuing without it): ${messageOf(error)}`);
      return undefined;
    }
  }

  async save(paths: string[], key: string): Promise<void> {
    const cache = await this.#load();
    if (!cache) return;
    try {
      await cache.saveCache(paths, key);
      this.log(`Cache saved: ${key}`);
    } catch (error) {
      // Another job saving the same key first is normal (ReserveCacheError).
      this.log(`Cache not saved (${key}): ${messageOf(error)}`);
    }
  }

  async #load(): Promise<typeof import('@actions/cache') | undefined> {
    if (this.#disabled) return undefined;
    if (!this.#module) {
      const cache = await import('@actions/cache');
      if (!cache.isFeatureAvailable()) {
        this.#disabled = true;
        this.warn(
          "The runner's cache service is not available here: Trivy and its database are not cached in this run.",
        );
        return undefined;
      }
      this.#module = cache;
    }
    return this.#module;
  }
}

/** Trivy's database changes every few hours; one key a day (UTC) keeps a warm run offline. */
export function dbCacheKeys(now: Date, platform: string): { key: string; restoreKeys: string[] } {
  const prefix = `trivy-gate-db-${platform}-`;
  return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}
