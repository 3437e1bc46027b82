import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/deploy/config.js';
import { ConfigError } from '../../src/lib/errors.js';
import { configContext } from '../support/context.js';
import { expectReadsDeclaredInputs, inputsOf } from '../support/metadata.js';
import { BASE } from './scenarios.js';

const RUN = configContext({ run: { repo: 'Shop.Web' } });
const config = (values: Record<string, string>) => readConfig(inputsOf('deploy', values), RUN);

/**
 * The "Bad inputs" table of actions/deploy/README.md: each row is tried here and gets exactly this
 * message (a ConfigError, reported as the step's one failure sentence).
 */
const BAD_INPUTS: [string, Record<string, string>, string][] = [
  [
    'no provider',
    { provider: '' },
    'Input "provider" is required: give one of "railway", "vercel", "cloud-run", "ssh" or "command".',
  ],
  [
    'unknown provider',
    { provider: 'heroku' },
    'Invalid "provider" value "heroku": valid values are "railway", "vercel", "cloud-run", "ssh" and "command".',
  ],
  [
    'require-token not a boolean',
    { ...BASE['command'], 'require-token': 'yes' },
    'Invalid "require-token" value "yes": expected "true" or "false".',
  ],
  [
    'empty token with require-token',
    { provider: 'vercel', token: ' ', 'require-token': 'true' },
    'Input "token" is empty but required (require-token: true): set the VERCEL_TOKEN secret and pass it as token: ' +
      '${{ secrets.VERCEL_TOKEN }}. Secrets are not passed to workflows triggered from forks or by Dependabot.',
  ],
  [
    'timeout not a duration',
    { ...BASE['command'], timeout: 'soon' },
    'Invalid "timeout" value "soon": expected a duration such as 500ms, 10s, 2m or 1h (a bare number means seconds).',
  ],
  [
    'poll-interval too short',
    { ...BASE['railway'], 'poll-interval': '10ms' },
    'Invalid "poll-interval" value "10ms": must be at least 100ms.',
  ],
  [
    'environment-url not http(s)',
    { ...BASE['command'], 'github-token': 'ghs_12345678', 'environment-url': 'javascript:alert(1)' },
    'Invalid "environment-url" value "javascript:alert(1)": expected an http:// or https:// URL.',
  ],
  [
    'railway without service',
    { ...BASE['railway'], service: '' },
    'Input "service" is required: give the Railway service name or id.',
  ],
  [
    'unknown railway-token-kind',
    { ...BASE['railway'], 'railway-token-kind': 'personal' },
    'Invalid "railway-token-kind" value "personal": valid values are "project" and "account".',
  ],
  [
    'account token without project',
    { ...BASE['railway'], 'railway-token-kind': 'account', environment: 'production' },
    'An account or workspace Railway token (railway-token-kind: account) ' +
      'needs "project" (the project id) and "environment".',
  ],
  [
    'railway-api-url not http(s)',
    { ...BASE['railway'], 'railway-api-url': 'ftp://backboard' },
    'Invalid "railway-api-url" value "ftp://backboard": expected an http:// or https:// URL.',
  ],
  [
    'vercel-org-id without vercel-project-id',
    { ...BASE['vercel'], 'vercel-org-id': 'team_abc' },
    'Inputs "vercel-org-id" and "vercel-project-id" go together (the Vercel CLI needs both): ' +
      'give both, or neither and commit .vercel/project.json.',
  ],
  [
    'vercel-project-id with shell characters',
    { ...BASE['vercel'], 'vercel-org-id': 'team_abc', 'vercel-project-id': 'prj_1;id' },
    'Invalid "vercel-project-id" value "prj_1;id": expected a Vercel project id such as prj_abc123.',
  ],
  [
    'cloud-run service that looks like an option',
    { ...BASE['cloud-run'], service: '--flags-file=x.yaml' },
    'Invalid "service" value "--flags-file=x.yaml": ' +
      'a Cloud Run service name is lowercase letters, digits and hyphens, starting with a letter.',
  ],
  [
    'cloud-run region with a command',
    { ...BASE['cloud-run'], region: '$(id)' },
    'Invalid "region" value "$(id)": expected a region such as us-central1 or europe-west4.',
  ],
  [
    'cloud-run without image',
    { ...BASE['cloud-run'], image: '' },
    'Input "image" is required: give the container image to deploy.',
  ],
  [
    'cloud-run image that is an option',
    { ...BASE['cloud-run'], image: '--help' },
    'Invalid "image" value "--help": expected an image reference such as us-docker.pkg.dev/project/repo/app:tag.',
  ],
  [
    'cloud-run project with shell characters',
    { ...BASE['cloud-run'], project: 'acme;rm -rf' },
    'Invalid "project" value "acme;rm -rf": expected a Google Cloud project id such as my-project-123.',
  ],
  [
    'cloud-run tag not a tag',
    { ...BASE['cloud-run'], tag: 'Green!' },
    'Invalid "tag" value "Green!": a revision tag is lowercase letters, digits and hyphens, starting with a letter.',
  ],
  [
    'ssh-host that is an ssh option',
    { ...BASE['ssh'], 'ssh-host': '-oProxyCommand=touch /tmp/x' },
    'Invalid "ssh-host" value "-oProxyCommand=touch /tmp/x": expected a host name or an IP address.',
  ],
  [
    'ssh-user with a command',
    { ...BASE['ssh'], 'ssh-user': 'root;id' },
    'Invalid "ssh-user" value "root;id": expected a user name such as deploy.',
  ],
  [
    'ssh-port out of range',
    { ...BASE['ssh'], 'ssh-port': '70000' },
    'Invalid "ssh-port" value "70000": must be at most 65535.',
  ],
  [
    'ssh without known-hosts',
    { ...BASE['ssh'], 'known-hosts': '' },
    'Input "known-hosts" is required: give the host\'s known_hosts line(s) ' +
      "(ssh-keyscan -p 22 vps.example.com, checked against the server's fingerprint), " +
      'so that its key is verified rather than trusted on first use.',
  ],
  [
    'ssh without script',
    { ...BASE['ssh'], script: '' },
    'Input "script" is required for the ssh provider (or set blue-green: true): give the commands to run on the host.',
  ],
  [
    'blue-green without remote-directory',
    { ...BASE['ssh blue-green'], 'remote-directory': '' },
    'Input "remote-directory" is required: give the directory on the host holding the compose project.',
  ],
  [
    'blue-green without switch-script',
    { ...BASE['ssh blue-green'], 'switch-script': '' },
    'Input "switch-script" is required: ' +
      'give the commands that point traffic at $DEPLOY_PORT (e.g. rewrite the nginx upstream and reload).',
  ],
  [
    'blue-green with one port for both colours',
    { ...BASE['ssh blue-green'], 'blue-port': '8000', 'green-port': '8000' },
    'Invalid "green-port" value "8000": it must differ from blue-port.',
  ],
  [
    'command without command',
    { ...BASE['command'], command: '' },
    'Input "command" is required: give the command that deploys (run with bash).',
  ],
  [
    'token-env not a variable name',
    { ...BASE['command'], 'token-env': 'MY-TOKEN' },
    'Invalid "token-env" value "MY-TOKEN": expected an environment variable name such as FLY_API_TOKEN.',
  ],
];

describe('deploy: readConfig', () => {
  it('reads exactly the inputs action.yml declares', () => {
    expectReadsDeclaredInputs('deploy', (read) => readConfig(read, RUN), [
      { ...BASE['railway'], 'github-token': 'ghs_12345678', 'environment-url': 'https://acme.dev' },
      BASE['vercel']!,
      { ...BASE['cloud-run'], tag: 'green', project: 'acme-prod' },
      BASE['ssh blue-green']!,
      BASE['command']!,
    ]);
  });

  for (const [label, values, message] of BAD_INPUTS) {
    it(`bad input: ${label}`, () => {
      expect(() => config(values)).toThrow(ConfigError);
      expect(() => config(values)).toThrow(message);
      try {
        config(values);
      } catch (error) {
        expect((error as Error).message).toBe(message);
      }
    });
  }

  it('skips without reading provider inputs when the secret is missing (they often come from secrets too)', () => {
    const skipped = config({ provider: 'ssh', 'ssh-host': '', 'known-hosts': '' });
    expect(skipped.skip?.reason).toBe('ssh-key empty');
    expect(skipped.target).toBeUndefined();
  });

  it('builds typed targets with defaults', () => {
    expect(config(BASE['railway']!).target).toEqual({
      provider: 'railway',
      token: 'tok-12345678',
      tokenKind: 'project',
      service: 'api',
      project: undefined,
      apiUrl: 'https://backboard.railway.com/graphql/v2',
      wait: true,
    });
    const blueGreen = config(BASE['ssh blue-green']!);
    expect(blueGreen.target).toMatchObject({
      provider: 'ssh',
      host: { host: 'vps.example.com', port: 22, user: 'deploy' },
      tokenEnv: 'DEPLOY_TOKEN',
      blueGreen: {
        project: 'shop-web',
        composeFile: 'docker-compose.yml',
        bluePort: 8001,
        greenPort: 8002,
        healthUrl: 'http://127.0.0.1:{port}/health',
        healthTimeoutSeconds: 60,
        keepOld: true,
        pull: true,
      },
    });
    expect(config(BASE['command']!)).toMatchObject({
      timeoutMs: 1_800_000,
      pollIntervalMs: 5000,
      workingDirectory: '.',
    });
  });
});
