import type { ConfigContext } from '../lib/action.js';
import { ConfigError } from '../lib/errors.js';
import { invalidValue, type Inputs } from '../lib/inputs.js';

/** Everything dora-metrics needs, read and validated once. The only place inputs and env are read. */
export interface DoraConfig {
  token: string;
  owner: string;
  repo: string;
  environment: string;
  windowMs: number;
  /** The window as given (`30d`), for the summary. */
  windowText: string;
  /**
   * GITHUB_GRAPHQL_URL when set; otherwise undefined, and Octokit finds GraphQL beside the REST URL
   * (github.com: /graphql; GHES: /api/v3 -> /api/graphql).
   */
  graphqlUrl: string | undefined;
}

const DAY = 86_400_000;
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

export function readConfig(inputs: Inputs, { run, env }: ConfigContext): DoraConfig {
  const token = inputs.secret('token');
  const repository = inputs.string('repository', run.repository);
  const environment = inputs.string('environment', 'production');
  const windowMs = inputs.duration('window', 30 * DAY, { min: 60 * 60_000, max: 3660 * DAY });
  if (!token) {
    throw new ConfigError(
      'Input "token" is empty: give a token that can read deployments, ' +
        'e.g. `${{ github.token }}` (the default) with `deployments: read`.',
    );
  }
  if (repository === '')
    throw new ConfigError('Input "repository" is empty and GITHUB_REPOSITORY is not set: give "owner/name".');
  if (!REPOSITORY.test(repository))
    throw invalidValue('repository', repository, 'expected "owner/name", e.g. octo-org/shop');
  const [owner, repo] = repository.split('/') as [string, string];
  return {
    token,
    owner,
    repo,
    environment,
    windowMs,
    windowText: inputs.raw('window') || '30d',
    graphqlUrl: env['GITHUB_GRAPHQL_URL']?.replace(/\/+$/, '') || undefined,
  };
}
