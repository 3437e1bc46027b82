import type { StoredDeployment } from '../support/github-api.js';

/**
 * A generated deployment history (seeded, so every failure can be replayed): deployments across
 * environments, tasks and status sequences, spread over the window and beyond it, some just inside
 * and just outside its edge, commits committed minutes to weeks before.
 */

const DAY = 86_400_000;
export const ENVIRONMENTS = ['production', 'staging', 'preview-42'];
const TASKS = ['deploy', 'deploy', 'deploy', 'deploy:rollback', 'deploy:migrations'];
const SEQUENCES = [
  ['in_progress', 'success'],
  ['in_progress', 'success'],
  ['in_progress', 'success', 'inactive'],
  ['in_progress', 'success', 'inactive'],
  ['in_progress', 'failure'],
  ['in_progress', 'success', 'failure'],
  ['error'],
  ['pending'],
  ['queued', 'in_progress'],
  [],
  ['success', 'inactive'],
  ['inactive'],
  ['in_progress', 'success', 'failure', 'success'],
];

/** mulberry32: small, fast, and the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateHistory(
  seed: number,
  count: number,
  now: number,
  spanDays = 60,
): { deployments: StoredDeployment[]; commits: Map<string, string> } {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const commits = new Map<string, string>();
  const deployments: StoredDeployment[] = [];
  for (let i = 0; i < count; i++) {
    // One in twenty sits within ten minutes of a 30-day or 7-day window's edge.
    const edge = random() < 0.05 ? pick([30, 7]) * DAY + (random() - 0.5) * 20 * 60_000 : undefined;
    const age = edge ?? random() * spanDays * DAY;
    // GitHub's times are whole seconds.
    const created = Math.round((now - age) / 1000) * 1000;
    const sha = Array.from({ length: 40 }, () => Math.floor(random() * 16).toString(16)).join('');
    if (random() > 0.03)
      commits.set(sha, new Date(created - Math.round(random() ** 3 * 20 * 86_400) * 1000 - 1000).toISOString());
    let at = created;
    const statuses = pick(SEQUENCES).map((state, index) => {
      at += 1000 * Math.round(1 + random() * (random() < 0.2 ? 3 * 86_400 : 1800));
      return {
        id: 100_000 + i * 10 + index,
        state,
        created_at: new Date(at).toISOString(),
        description: state,
        log_url: `https://github.com/acme/shop/actions/runs/${9000 + i}`,
        environment_url: '',
      };
    });
    deployments.push({
      id: 10_000 + i,
      sha,
      ref: 'main',
      task: pick(TASKS),
      environment: pick(ENVIRONMENTS),
      description: null,
      created_at: new Date(created).toISOString(),
      statuses,
    });
  }
  return { deployments, commits };
}
