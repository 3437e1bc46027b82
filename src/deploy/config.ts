import { TAG } from '../lib/cloud-run.js';
import type { ConfigContext } from '../lib/action.js';
import type { RunContext } from '../lib/context.js';
import { ConfigError } from '../lib/errors.js';
import { secretGate } from '../lib/gate.js';
import { type Inputs, invalidValue, optionalHttpUrl } from '../lib/inputs.js';
import {
  optionalMatching,
  readBlueGreenLayout,
  readCloudRunService,
  readRailwayService,
  readRailwayTokenKind,
  readSshHost,
  readVercelProject,
} from '../lib/provider-inputs.js';
import type { RailwayTokenKind } from '../lib/railway.js';
import { type BlueGreen, ENV_NAME, type SshHost } from '../lib/ssh.js';

/**
 * The one place deploy's inputs are read. The pipeline (root action.yml) reuses these types and
 * `readConfig`, then calls `deploy(config, deps)`.
 */

export const PROVIDERS = ['railway', 'vercel', 'cloud-run', 'ssh', 'command'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface RailwayTarget {
  provider: 'railway';
  token: string;
  tokenKind: RailwayTokenKind;
  /** Service name or id. */
  service: string;
  /** Project id (needed with an account token; a project token knows its project). */
  project?: string | undefined;
  apiUrl: string;
  /** Wait for the deployment's final status (otherwise return once it is queued). */
  wait: boolean;
}

export interface VercelTarget {
  provider: 'vercel';
  token: string;
  prebuilt: boolean;
  production: boolean;
  orgId?: string | undefined;
  projectId?: string | undefined;
  apiUrl: string;
}

export interface CloudRunTarget {
  provider: 'cloud-run';
  /** A service-account key or external-account JSON, or an OAuth access token. */
  credential: string;
  service: string;
  region: string;
  project?: string | undefined;
  image: string;
  noTraffic: boolean;
  tag?: string | undefined;
}

export interface SshTarget {
  provider: 'ssh';
  host: SshHost;
  /** Runs first (plain mode: the whole deploy; blue-green: before bringing up the idle colour). */
  script?: string | undefined;
  blueGreen?: BlueGreen | undefined;
  /** An extra secret for the script, exported as `tokenEnv`. */
  token?: string | undefined;
  tokenEnv: string;
}

export interface CommandTarget {
  provider: 'command';
  token: string;
  tokenEnv: string;
  command: string;
}

export type DeployTarget = RailwayTarget | VercelTarget | CloudRunTarget | SshTarget | CommandTarget;

export interface DeployConfig {
  provider: Provider;
  /** The deploy environment (Railway environment, GitHub Deployment environment, DEPLOY_ENVIRONMENT). */
  environment?: string | undefined;
  workingDirectory: string;
  timeoutMs: number;
  pollIntervalMs: number;
  github?: { token: string; environmentUrl?: string | undefined } | undefined;
  /** The deploy secret is missing: skip, saying why. Provider inputs are then not read (forks lack secrets, and many of them come from secrets too). */
  skip?: { reason: string; notice: string };
  /** What to deploy, with its secret; present whenever `skip` is not. */
  target?: DeployTarget;
}

/** The secret each provider is gated on, for the skip notice and the require-token error. */
const GATES: Record<Provider, { input: string; secretName: string; what: string }> = {
  railway: { input: 'token', secretName: 'RAILWAY_TOKEN', what: 'the Railway deploy' },
  vercel: { input: 'token', secretName: 'VERCEL_TOKEN', what: 'the Vercel deploy' },
  'cloud-run': { input: 'token', secretName: 'GCP_CREDENTIALS', what: 'the Cloud Run deploy' },
  ssh: { input: 'ssh-key', secretName: 'SSH_PRIVATE_KEY', what: 'the SSH deploy' },
  command: { input: 'token', secretName: 'DEPLOY_TOKEN', what: 'the deploy command' },
};

export function readConfig(inputs: Inputs, { run }: ConfigContext): DeployConfig {
  const provider = inputs.enum('provider', PROVIDERS);
  if (provider === undefined) throw new ConfigError(`Input "provider" is required: give one of "railway", "vercel", "cloud-run", "ssh" or "command".`);
  const required = inputs.boolean('require-token', false);
  const token = inputs.secret('token');
  const sshKey = provider === 'ssh' ? inputs.secret('ssh-key') : undefined;
  const tokenKind = provider === 'railway' ? readRailwayTokenKind(inputs) : undefined;
  const tokenEnv = provider === 'command' || provider === 'ssh' ? envName(inputs, 'token-env') : undefined;

  const gateSpec = { ...GATES[provider] };
  if (tokenKind === 'account') gateSpec.secretName = 'RAILWAY_API_TOKEN';
  if (provider === 'command' && tokenEnv) gateSpec.secretName = tokenEnv;
  const gate = secretGate({ ...gateSpec, value: provider === 'ssh' ? sshKey : token, required });

  const githubToken = inputs.secret('github-token');
  const config: DeployConfig = {
    provider,
    environment: inputs.optional('environment'),
    workingDirectory: inputs.string('working-directory', '.'),
    timeoutMs: inputs.duration('timeout', 30 * 60_000, { min: 1000 }),
    pollIntervalMs: inputs.duration('poll-interval', 5000, { min: 100, max: 5 * 60_000 }),
    github: githubToken ? { token: githubToken, environmentUrl: optionalHttpUrl(inputs, 'environment-url') } : undefined,
  };
  if (!gate.open) return { ...config, skip: { reason: gate.reason, notice: gate.notice } };

  switch (provider) {
    case 'railway':
      return { ...config, target: railway(inputs, gate.secret, tokenKind ?? 'project', config.environment) };
    case 'vercel':
      return { ...config, target: vercel(inputs, gate.secret) };
    case 'cloud-run':
      return { ...config, target: cloudRun(inputs, gate.secret) };
    case 'ssh':
      return { ...config, target: ssh(inputs, gate.secret, token, tokenEnv ?? 'DEPLOY_TOKEN', run) };
    case 'command':
      return { ...config, target: { provider, token: gate.secret, tokenEnv: tokenEnv ?? 'DEPLOY_TOKEN', command: inputs.required('command', 'the command that deploys (run with bash)') } };
  }
}

function railway(inputs: Inputs, token: string, tokenKind: RailwayTokenKind, environment: string | undefined): RailwayTarget {
  return { provider: 'railway', token, tokenKind, ...readRailwayService(inputs, tokenKind, environment), wait: inputs.boolean('wait', true) };
}

function vercel(inputs: Inputs, token: string): VercelTarget {
  const target: VercelTarget = {
    provider: 'vercel',
    token,
    prebuilt: inputs.boolean('prebuilt', false),
    production: inputs.boolean('production', false),
    ...readVercelProject(inputs),
  };
  if ((target.orgId === undefined) !== (target.projectId === undefined)) {
    throw new ConfigError('Inputs "vercel-org-id" and "vercel-project-id" go together (the Vercel CLI needs both): give both, or neither and commit .vercel/project.json.');
  }
  return target;
}

function cloudRun(inputs: Inputs, credential: string): CloudRunTarget {
  const service = readCloudRunService(inputs);
  const image = inputs.required('image', 'the container image to deploy');
  if (image.startsWith('-') || /\s/.test(image)) throw invalidValue('image', image, 'expected an image reference such as us-docker.pkg.dev/project/repo/app:tag');
  const noTraffic = inputs.boolean('no-traffic', false);
  const tag = optionalMatching(inputs, 'tag', TAG, 'a revision tag is lowercase letters, digits and hyphens, starting with a letter');
  return { provider: 'cloud-run', credential, ...service, image, noTraffic, tag };
}

function ssh(inputs: Inputs, privateKey: string, token: string | undefined, tokenEnv: string, run: Pick<RunContext, 'repo'>): SshTarget {
  const host = readSshHost(inputs, privateKey, 'deploy to');
  const script = inputs.optional('script');
  const blueGreen = inputs.boolean('blue-green', false) ? readBlueGreen(inputs, run) : undefined;
  if (!blueGreen && !script) throw new ConfigError('Input "script" is required for the ssh provider (or set blue-green: true): give the commands to run on the host.');
  return { provider: 'ssh', host, script, blueGreen, token, tokenEnv };
}

function readBlueGreen(inputs: Inputs, run: Pick<RunContext, 'repo'>): BlueGreen {
  return {
    ...readBlueGreenLayout(inputs, run.repo),
    keepOld: inputs.boolean('keep-old-colour', true),
    pull: inputs.boolean('compose-pull', true),
  };
}

function envName(inputs: Inputs, name: string): string {
  const value = inputs.string(name, 'DEPLOY_TOKEN');
  if (!ENV_NAME.test(value)) throw invalidValue(name, value, 'expected an environment variable name such as FLY_API_TOKEN');
  return value;
}
