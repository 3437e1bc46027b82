import type { Provider } from './contract.js';
import { cloudRun } from './cloud-run/index.js';
import { command } from './command/index.js';
import { railway } from './railway/index.js';
import { ssh } from './ssh/index.js';
import { vercel } from './vercel/index.js';

/**
 * Every provider, under the name the `provider` (deploy) and `rollback` (health-check) inputs take,
 * in the order error messages list them. Adding a provider is its folder (see CONTRIBUTING.md)
 * and one line here; the unions below follow from this table.
 */
export const PROVIDERS = {
  railway,
  vercel,
  'cloud-run': cloudRun,
  ssh,
  command,
} as const;

export type ProviderName = keyof typeof PROVIDERS;
export const PROVIDER_NAMES = Object.keys(PROVIDERS) as ProviderName[];

type Entry = (typeof PROVIDERS)[ProviderName];
/** Any provider's validated deploy inputs, tagged by `provider`. */
export type DeployTarget = Entry extends infer P ? (P extends Provider<infer T, infer _R> ? T : never) : never;
/** Any provider's validated rollback inputs, tagged by `provider`. */
export type RollbackTarget = Entry extends infer P ? (P extends Provider<infer _T, infer R> ? R : never) : never;

/** The provider for a target (the union narrowed by its tag is the provider's own type). */
export function providerFor(name: ProviderName): Provider<DeployTarget, RollbackTarget> {
  return PROVIDERS[name] as unknown as Provider<DeployTarget, RollbackTarget>;
}

/** The provider of that name, if there is one (for names from elsewhere, such as `none`). */
export function findProvider(name: string): Provider<DeployTarget, RollbackTarget> | undefined {
  return Object.hasOwn(PROVIDERS, name) ? providerFor(name as ProviderName) : undefined;
}
