import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { closeAllServers, sendJson, startServer, type LoopbackServer } from '../support/server.js';
import { selfSignedCertificate, type Certificate } from './tls.js';

/** HTTPS on loopback with a self-signed certificate made by openssl for this run. */

let certificate: Certificate;
let server: LoopbackServer;

beforeAll(() => {
  certificate = selfSignedCertificate();
});

afterEach(closeAllServers);

async function tlsService(): Promise<LoopbackServer> {
  return startServer((_q, r) => sendJson(r, 200, { status: 'ok' }), { key: certificate.key, cert: certificate.cert });
}

const run = (inputs: Record<string, string>) =>
  runInProcess('health-check', {
    inputs: {
      url: `${server.url}/health`,
      interval: '100ms',
      'max-attempts': '1',
      'expect-json': 'status=ok',
      ...inputs,
    },
  });

describe('health-check: TLS', () => {
  it('refuses an untrusted certificate with a clear reason', async () => {
    server = await tlsService();
    const result = await run({});
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      /no answer: TLS certificate not trusted: self[- ]signed certificate.*give its CA as ca-cert/,
    );
  });

  it('trusts it given as ca-cert, as a file path or as PEM text', async () => {
    server = await tlsService();
    const fromPath = await run({ 'ca-cert': certificate.certPath });
    expect(fromPath.exitCode, fromPath.stdout).toBe(0);
    const fromText = await run({ 'ca-cert': certificate.cert });
    expect(fromText.exitCode, fromText.stdout).toBe(0);
  });

  it('accepts any certificate with insecure: true, and warns', async () => {
    server = await tlsService();
    const result = await run({ insecure: 'true' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain('::warning::insecure: true: TLS certificates are not verified');
  });
});
