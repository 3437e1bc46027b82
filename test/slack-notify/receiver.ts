import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleResult, BundleRun } from '../support/bundle.js';
import type { StepRunner } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { type Handler, type LoopbackServer, sendJson, sendText } from '../support/server.js';
import { fixture as recordedFixture } from '../support/fixtures.js';

/**
 * A loopback stand-in for Slack that replays the recorded answers in test/fixtures/slack (see
 * its README): incoming webhooks answer plain text with real HTTP
 * statuses (`webhook/<status>.<code>.txt`, content type `text/plain; charset=utf-8` as in
 * python-slack-sdk's mock server); the Web API answers JSON with HTTP 200 even on errors
 * (`web-api/chat.*.json`), and HTTP 429 with Retry-After and `http429.ratelimited.body.json`.
 */
const FIXTURES = recordedFixture('slack');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** A webhook answer by its fixture name, e.g. `404.no_service`. */
export function webhookAnswer(name: string, headers: Record<string, string> = {}): Handler {
  const status = Number(name.split('.')[0]);
  const body = fixture(`webhook/${name}.txt`);
  return (_request, response) => sendText(response, status, body, headers);
}

/** A Web API answer (HTTP 200) by its fixture name, e.g. `chat.postMessage.ok.bot-with-blocks`. */
export function webApiAnswer(name: string): Handler {
  const body = fixture(`web-api/${name}.json`);
  return (_request, response) => sendJson(response, 200, body);
}

/**
 * Slack's rate limit: HTTP 429 with Retry-After (seconds). The webhook body is undocumented, so the same JSON serves
 * both.
 */
export function rateLimited(retryAfterSeconds: number): Handler {
  const body = fixture('web-api/http429.ratelimited.body.json');
  return (_request, response) => sendJson(response, 429, body, { 'retry-after': String(retryAfterSeconds) });
}

export const WEBHOOK_PATH = '/services/T0DEPLOYKIT/B0DEPLOYKIT/Xq7wZrWebhookSecret9f4k';

/**
 * slack-notify posting to the webhook at `server`, run by `runner` (runBundle or runInProcess):
 * every output set, and the webhook URL, a secret, nowhere in what the step left.
 */
export function webhookNotifier(runner: StepRunner) {
  return async (server: LoopbackServer, inputs: Record<string, string> = {}, run: BundleRun = {}) => {
    const webhookUrl = `${server.url}${WEBHOOK_PATH}`;
    const result: BundleResult = await runner('slack-notify', {
      ...run,
      inputs: { 'webhook-url': webhookUrl, ...inputs },
    });
    expectNoSecretLeak(result, [webhookUrl, WEBHOOK_PATH]);
    expectAllOutputs(result, 'slack-notify');
    return result;
  };
}
