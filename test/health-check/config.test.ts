import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/health-check/config.js';
import type { ConfigContext } from '../../src/lib/action.js';
import { ConfigError } from '../../src/lib/errors.js';
import { Inputs } from '../../src/lib/inputs.js';
import { Secrets } from '../../src/lib/secrets.js';
import { ROOT } from '../support/bundle.js';
import { configContext, filesOf } from '../support/context.js';
import { expectReadsDeclaredInputs, readActionMeta } from '../support/metadata.js';
import { selfSignedCertificate } from './tls.js';

const URL = 'https://api.example.com/health';
const SSH = {
  'ssh-key': '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----',
  'ssh-host': 'vps.example.com',
  'ssh-user': 'deploy',
  'known-hosts': '[vps.example.com]:22 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB',
};

/** Inputs as the runner gives them: action.yml defaults, overlaid with `values`. */
function inputsOf(values: Record<string, string>, secrets?: Secrets): Inputs {
  const all: Record<string, string> = { url: URL };
  for (const [name, input] of Object.entries(readActionMeta('health-check').inputs ?? {}))
    all[name] = String(input.default ?? '');
  Object.assign(all, { url: URL }, values);
  return new Inputs((name) => all[name] ?? '', secrets);
}

/** readConfig with a run (repo '') and no files unless given. */
function read(inputs: Inputs, context: ConfigContext = configContext({ effects: { files: filesOf({}) } })) {
  return readConfig(inputs, context);
}

function errorOf(values: Record<string, string>): string {
  try {
    read(inputsOf(values));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(values)}`);
}

/** The rows of the README's "Bad inputs" table: the inputs tried and the documented error. */
function badInputRows(): { inputs: Record<string, string>; error: string }[] {
  const readme = readFileSync(join(ROOT, 'actions/health-check/README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- bad-inputs:start -->'), readme.indexOf('<!-- bad-inputs:end -->'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [, tried, error] = /^\| (.+?) \| (.+) \|$/.exec(line)!;
      const inputs: Record<string, string> = {};
      for (const [, pair] of tried!.matchAll(/`([^`]+)`/g)) {
        const at = pair!.indexOf(': ');
        inputs[pair!.slice(0, at)] = pair!.slice(at + 2).replace(/^""$/, '');
      }
      return { inputs, error: error!.replace(/\\\|/g, '|') };
    });
}

describe('readConfig', () => {
  it('reads every declared input, and nothing else', () => {
    expectReadsDeclaredInputs('health-check', (inputs) => read(inputs), [
      { url: URL },
      { url: URL, rollback: 'command', 'rollback-command': './rollback.sh', 'rollback-to': 'dep_41' },
      { url: URL, rollback: 'railway', 'rollback-token': 'rw-token-1234', service: 'api', environment: 'production' },
      {
        url: URL,
        rollback: 'vercel',
        'rollback-token': 'vc-token-1234',
        'vercel-project-id': 'prj_abc',
        'vercel-org-id': 'team_abc',
      },
      {
        url: URL,
        rollback: 'cloud-run',
        'rollback-token': 'ya29.token-1234',
        service: 'api',
        region: 'us-central1',
        project: 'acme-prod',
      },
      { url: URL, rollback: 'ssh', ...SSH, 'rollback-command': './switch-back.sh' },
      {
        url: URL,
        rollback: 'ssh',
        ...SSH,
        'blue-green': 'true',
        'remote-directory': '/srv/app',
        'switch-script': './switch.sh',
        'rollback-to': 'blue',
      },
    ]);
  });

  it('has defaults a team can start from', () => {
    const config = read(inputsOf({}));
    expect(config.failOnUnhealthy).toBe(true);
    expect(config.rollback).toEqual({ provider: 'none', timeoutMs: 300_000, verify: true });
    expect(config.check).toMatchObject({
      urls: [URL],
      method: 'GET',
      expectations: { statuses: [{ from: 200, to: 299 }], json: [] },
      consecutiveSuccesses: 1,
      stableForMs: 0,
      intervalMs: 5000,
      backoff: 'fixed',
      maxIntervalMs: 30_000,
      maxAttempts: 0,
      requestTimeoutMs: 10_000,
      timeoutMs: 120_000,
      followRedirects: false,
      tls: { insecure: false },
      maxBodyBytes: 1024 * 1024,
    });
  });

  it('reads several URLs, one per line, without duplicates', () => {
    const urls = `${URL}\n${URL}/ready\n\n${URL}/live\n${URL}`;
    expect(read(inputsOf({ url: urls })).check.urls).toEqual([URL, `${URL}/ready`, `${URL}/live`]);
  });

  it("reads each provider's rollback with the inputs actions/deploy names the same way", () => {
    const secrets = new Secrets();
    const railway = read(
      inputsOf(
        { rollback: 'railway', 'rollback-token': 'rw-token-1234', service: 'api', 'rollback-to': 'dep-1' },
        secrets,
      ),
    ).rollback;
    expect(railway).toEqual({
      provider: 'railway',
      token: 'rw-token-1234',
      tokenKind: 'project',
      service: 'api',
      project: undefined,
      environment: undefined,
      apiUrl: 'https://backboard.railway.com/graphql/v2',
      to: 'dep-1',
      timeoutMs: 300_000,
      verify: true,
    });
    expect(secrets.values).toContain('rw-token-1234');
    expect(
      read(inputsOf({ rollback: 'vercel', 'rollback-token': 'vc-token-1234', 'vercel-project-id': 'prj_abc' }))
        .rollback,
    ).toMatchObject({
      provider: 'vercel',
      projectId: 'prj_abc',
      orgId: undefined,
      apiUrl: 'https://api.vercel.com',
    });
    expect(
      read(
        inputsOf({
          rollback: 'cloud-run',
          'rollback-token': '{"type":"service_account"}',
          service: 'api',
          region: 'europe-west4',
          'rollback-to': 'api-00041-abc',
        }),
      ).rollback,
    ).toMatchObject({
      provider: 'cloud-run',
      credential: '{"type":"service_account"}',
      service: 'api',
      region: 'europe-west4',
      to: 'api-00041-abc',
    });
    const ssh = read(
      inputsOf({
        rollback: 'ssh',
        ...SSH,
        'blue-green': 'true',
        'remote-directory': '/srv/app',
        'switch-script': './switch.sh',
      }),
      configContext({ run: { repo: 'Trace.Hub' } }),
    ).rollback;
    expect(ssh).toMatchObject({
      provider: 'ssh',
      host: { host: 'vps.example.com', port: 22, user: 'deploy', knownHosts: SSH['known-hosts'] },
      blueGreen: {
        directory: '/srv/app',
        project: 'trace-hub',
        bluePort: 8001,
        greenPort: 8002,
        switchScript: './switch.sh',
      },
    });
  });

  it('reads the command rollback with its target', () => {
    const config = read(
      inputsOf({
        rollback: 'command',
        'rollback-command': './rollback.sh',
        'rollback-to': 'dep_41',
        'rollback-timeout': '90s',
        'verify-after-rollback': 'false',
      }),
    );
    expect(config.rollback).toEqual({
      provider: 'command',
      command: './rollback.sh',
      to: 'dep_41',
      timeoutMs: 90_000,
      verify: false,
    });
  });

  it('masks header values, the credential after a scheme, and passwords and tokens in URLs', () => {
    const secrets = new Secrets();
    const config = read(
      inputsOf(
        {
          headers: 'Authorization: Bearer tok_live_0123456789\nX-Api-Key: key-abcdef',
          url: 'https://user:p%40ssw0rd@api.example.com/health?token=abcdef123456',
        },
        secrets,
      ),
    );
    expect(config.check.headers).toEqual({ Authorization: 'Bearer tok_live_0123456789', 'X-Api-Key': 'key-abcdef' });
    expect(secrets.values).toEqual(
      expect.arrayContaining([
        'Bearer tok_live_0123456789',
        'tok_live_0123456789',
        'key-abcdef',
        'p@ssw0rd',
        'abcdef123456',
      ]),
    );
  });

  it('leaves the standard content headers unmasked: the runner would hide them job-wide', () => {
    const secrets = new Secrets();
    read(
      inputsOf({ headers: 'Accept: application/json\nUser-Agent: deploy-kit-e2e\nX-Token: custom-secret-99' }, secrets),
    );
    expect(secrets.values).toContain('custom-secret-99');
    expect(secrets.values).not.toContain('application/json');
    expect(secrets.values).not.toContain('deploy-kit-e2e');
  });

  it('reads a CA bundle given as PEM text or as a file path', () => {
    const certificate = selfSignedCertificate().cert;
    expect(read(inputsOf({ 'ca-cert': certificate })).check.tls).toEqual({ insecure: false, ca: certificate.trim() });
    const fromFile = read(
      inputsOf({ 'ca-cert': 'certs/ca.pem' }),
      configContext({ effects: { files: filesOf({ 'certs/ca.pem': certificate }) } }),
    );
    expect(fromFile.check.tls.ca).toBe(certificate);
    expect(read(inputsOf({ insecure: 'true' })).check.tls).toEqual({ insecure: true });
  });

  it('never quotes a header line in an error: it may hold a token', () => {
    expect(errorOf({ headers: 'X-Ok: fine\nAuthorization Bearer s3cr3t-token' })).not.toContain('s3cr3t');
  });

  describe('bad inputs: the README table, row by row', () => {
    const rows = badInputRows();
    it('has rows', () => expect(rows.length).toBeGreaterThan(20));
    for (const row of rows) {
      it(JSON.stringify(row.inputs), () => {
        const values = { ...row.inputs };
        if (values['ca-cert']?.startsWith('-----BEGIN'))
          values['ca-cert'] = values['ca-cert'].replace('-----not', '-----\nnot');
        expect(errorOf(values)).toBe(row.error);
      });
    }
  });
});

describe('URL credentials in errors', () => {
  it('never echo a password or query token, even for a URL that is refused', () => {
    const secrets = new Secrets();
    const bad = (url: string) => {
      try {
        read(inputsOf({ url }, secrets));
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    const ftp = bad('ftp://user:hunter2secret@files.example/health?token=abcdef123456');
    expect(ftp).toContain('only http:// and https:// URLs can be checked');
    expect(ftp).not.toContain('hunter2secret');
    expect(ftp).not.toContain('abcdef123456');
    const badPort = bad('https://deploy:hunter2secret@api.example.com:99999/health');
    expect(badPort).toContain('expected an absolute http:// or https:// URL');
    expect(badPort).not.toContain('hunter2secret');
    expect(secrets.values).toContain('hunter2secret');
  });
});
