import { type CloudRunService, PROJECT_ID, REGION, SERVICE_NAME } from './cloud-run.js';
import { ConfigError } from './errors.js';
import { type Inputs, invalidValue, optionalHttpUrl } from './inputs.js';
import { RAILWAY_API_URL, type RailwayTokenKind } from './railway.js';
import { type BlueGreen, HOST, type SshHost, USER } from './ssh.js';
import { VERCEL_API_URL } from './vercel.js';

/**
 * The provider inputs that actions/deploy and health-check's rollback share: the same names, the
 * same meanings and the same errors, so that a workflow passes the same values to both steps.
 */

export const RAILWAY_TOKEN_KINDS = ['project', 'account'] as const satisfies readonly RailwayTokenKind[];

export function readRailwayTokenKind(inputs: Inputs): RailwayTokenKind {
  return inputs.enum('railway-token-kind', RAILWAY_TOKEN_KINDS, 'project');
}

export interface RailwayService {
  /** Service name or id. */
  service: string;
  /** Project id (needed with an account token; a project token knows its project). */
  project?: string | undefined;
  apiUrl: string;
}

/** `service`, `project` and `railway-api-url`; an account token also needs project and environment. */
export function readRailwayService(inputs: Inputs, tokenKind: RailwayTokenKind, environment: string | undefined): RailwayService {
  const target: RailwayService = {
    service: inputs.required('service', 'the Railway service name or id'),
    project: inputs.optional('project'),
    apiUrl: optionalHttpUrl(inputs, 'railway-api-url') ?? RAILWAY_API_URL,
  };
  if (tokenKind === 'account' && (!target.project || !environment)) {
    throw new ConfigError('An account or workspace Railway token (railway-token-kind: account) needs "project" (the project id) and "environment".');
  }
  return target;
}

export interface VercelProject {
  orgId?: string | undefined;
  projectId?: string | undefined;
  apiUrl: string;
}

/** `vercel-org-id`, `vercel-project-id` and `vercel-api-url`. */
export function readVercelProject(inputs: Inputs): VercelProject {
  return {
    orgId: optionalMatching(inputs, 'vercel-org-id', /^[A-Za-z0-9_-]+$/, 'expected a Vercel team or user id such as team_abc123'),
    projectId: optionalMatching(inputs, 'vercel-project-id', /^[A-Za-z0-9_.-]+$/, 'expected a Vercel project id such as prj_abc123'),
    apiUrl: optionalHttpUrl(inputs, 'vercel-api-url') ?? VERCEL_API_URL,
  };
}

/** `service`, `region` and `project` of a Cloud Run service, checked before they reach gcloud's argv. */
export function readCloudRunService(inputs: Inputs): CloudRunService {
  const service = inputs.required('service', 'the Cloud Run service name');
  if (!SERVICE_NAME.test(service)) throw invalidValue('service', service, 'a Cloud Run service name is lowercase letters, digits and hyphens, starting with a letter');
  const region = inputs.required('region', 'the Cloud Run region, e.g. us-central1');
  if (!REGION.test(region)) throw invalidValue('region', region, 'expected a region such as us-central1 or europe-west4');
  return { service, region, project: optionalMatching(inputs, 'project', PROJECT_ID, 'expected a Google Cloud project id such as my-project-123') };
}

/** `ssh-host`, `ssh-user`, `ssh-port` and `known-hosts` (required: the host key is verified, never trusted on first use). */
export function readSshHost(inputs: Inputs, privateKey: string, what: string): SshHost {
  const hostName = inputs.required('ssh-host', `the host name or address to ${what}`);
  if (!HOST.test(hostName)) throw invalidValue('ssh-host', hostName, 'expected a host name or an IP address');
  const user = inputs.required('ssh-user', 'the user to log in as');
  if (!USER.test(user)) throw invalidValue('ssh-user', user, 'expected a user name such as deploy');
  const port = inputs.integer('ssh-port', 22, { min: 1, max: 65535 });
  const knownHosts = inputs.optional('known-hosts');
  if (!knownHosts) {
    throw new ConfigError(
      `Input "known-hosts" is required: give the host's known_hosts line(s) (ssh-keyscan -p ${port} ${hostName}, checked against the server's fingerprint), so that its key is verified rather than trusted on first use.`,
    );
  }
  return { host: hostName, port, user, privateKey, knownHosts };
}

/** Where a blue-green deployment lives on the host and how traffic is switched: all a rollback needs. */
export type BlueGreenLayout = Omit<BlueGreen, 'keepOld' | 'pull'>;

/** The blue-green inputs both the deploy and the rollback read (the compose project defaults to the repository name). */
export function readBlueGreenLayout(inputs: Inputs, repo: string): BlueGreenLayout {
  const bluePort = inputs.integer('blue-port', 8001, { min: 1, max: 65535 });
  const greenPort = inputs.integer('green-port', 8002, { min: 1, max: 65535 });
  if (bluePort === greenPort) throw invalidValue('green-port', String(greenPort), 'it must differ from blue-port');
  const healthUrl = optionalHttpUrl(inputs, 'health-url', (url) => url.replaceAll('{port}', '1')) ?? 'http://127.0.0.1:{port}/health';
  const project = inputs.optional('compose-project') ?? (repo.toLowerCase().replace(/[^a-z0-9_-]/g, '-') || 'app');
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(project)) throw invalidValue('compose-project', project, 'a compose project name is lowercase letters, digits, "-" and "_"');
  return {
    directory: inputs.required('remote-directory', 'the directory on the host holding the compose project'),
    composeFile: inputs.string('compose-file', 'docker-compose.yml'),
    project,
    bluePort,
    greenPort,
    healthUrl,
    healthTimeoutSeconds: Math.ceil(inputs.duration('health-timeout', 60_000, { min: 1000 }) / 1000),
    switchScript: inputs.required('switch-script', 'the commands that point traffic at $DEPLOY_PORT (e.g. rewrite the nginx upstream and reload)'),
  };
}

/** The value when it matches `pattern`, undefined when empty; otherwise an error saying what is accepted. */
export function optionalMatching(inputs: Inputs, name: string, pattern: RegExp, accepts: string): string | undefined {
  const value = inputs.optional(name);
  if (value !== undefined && !pattern.test(value)) throw invalidValue(name, value, accepts);
  return value;
}
