import { describe, expect, it } from 'vitest';
import { run as healthCheck } from '../../src/health-check/main.js';
import { type Core, type Effects } from '../../src/lib/action.js';
import { realEffects } from '../support/context.js';
import type { HttpRequest, HttpResponse } from '../../src/lib/http.js';
import { run as slackNotify } from '../../src/slack-notify/main.js';

// The seam every action has: `run(core, env, effects)`. A recording core and fake effects run an
// action in-process, with no network and no runner files: what it logs, masks and outputs is what
// the core was told, and every HTTP request went through `effects.http`.

interface Recorded {
  core: Core;
  lines: string[];
  secrets: string[];
  outputs: Record<string, string>;
  failed: string[];
}

function recordingCore(inputs: Record<string, string>): Recorded {
  const recorded: Omit<Recorded, 'core'> = { lines: [], secrets: [], outputs: {}, failed: [] };
  const log = (message: string | Error) =>
    recorded.lines.push(String(message instanceof Error ? message.message : message));
  const core: Core = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void (recorded.outputs[name] = String(value)),
    setSecret: (value) => void recorded.secrets.push(value),
    setFailed: (message) => void recorded.failed.push(String(message)),
    info: log,
    warning: log,
    notice: log,
    error: log,
    debug: log,
    isDebug: () => false,
    startGroup: log,
    endGroup: () => undefined,
    exportVariable: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    summary: { addRaw: () => ({ write: async () => undefined }) as never, write: async () => undefined as never },
  };
  return { core, ...recorded };
}

function fakeHttp(answer: (request: HttpRequest) => Pick<HttpResponse, 'status' | 'body'>): {
  http: Effects['http'];
  requests: HttpRequest[];
} {
  const requests: HttpRequest[] = [];
  const http = async (request: HttpRequest): Promise<HttpResponse> => {
    requests.push(request);
    const { status, body } = answer(request);
    return { status, body, headers: {}, truncated: false, bytesRead: body.length, attempts: 1, latencyMs: 3 };
  };
  return { http, requests };
}

const ENV = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: '8f3c2a1d9e7b6c5a', GITHUB_REF_NAME: 'main' };

describe('run(core, env, effects): the seam every action has', () => {
  it('slack-notify sends through effects.http, masks the webhook and sets its outputs on the given core', async () => {
    const webhook = 'https://hooks.slack.example/services/T0/B0/inProcessSecret42';
    const recorded = recordingCore({ 'webhook-url': webhook, status: 'success', retries: '0', timeout: '5s' });
    const { http, requests } = fakeHttp(() => ({ status: 200, body: 'ok' }));
    await slackNotify(recorded.core, ENV, { ...realEffects, http });
    expect(recorded.failed).toEqual([]);
    expect(recorded.outputs).toEqual({ sent: 'true', skipped: 'false', ts: '', channel: '' });
    expect(requests.map((request) => [request.method, request.url])).toEqual([['POST', webhook]]);
    expect(JSON.parse(requests[0]!.body!)).toMatchObject({ text: ':white_check_mark: *Deploy succeeded*: acme/shop' });
    expect(recorded.secrets).toEqual(expect.arrayContaining([webhook, '/services/T0/B0/inProcessSecret42']));
    expect(recorded.lines.join('\n')).not.toContain('inProcessSecret42');
  });

  it('health-check probes through effects.http and fails on the given core when unhealthy', async () => {
    const recorded = recordingCore({
      url: 'https://shop.example.com/health',
      'expected-status': '200-299',
      interval: '10ms',
      'max-attempts': '2',
      timeout: '5s',
      rollback: 'none',
    });
    const { http, requests } = fakeHttp(() => ({ status: 503, body: 'warming up' }));
    await healthCheck(recorded.core, ENV, { ...realEffects, http });
    expect(requests.map((request) => request.url)).toEqual([
      'https://shop.example.com/health',
      'https://shop.example.com/health',
    ]);
    expect(recorded.outputs).toMatchObject({
      healthy: 'false',
      attempts: '2',
      'status-code': '503',
      'rolled-back': 'false',
    });
    expect(recorded.failed).toHaveLength(1);
    expect(recorded.lines).toContain(
      'https://shop.example.com/health #1: 503 in 3 ms: HTTP status: expected 200-299, saw 503',
    );
    expect(recorded.failed).toEqual([
      expect.stringMatching(/^The release is unhealthy: .* No rollback is configured \(rollback: none\)\.$/),
    ]);
  });
});
