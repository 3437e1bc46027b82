import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { type BundleResult, NODE24, ROOT } from '../support/bundle.js';
import { runInProcess, type StepRunner } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, type LoopbackServer } from '../support/server.js';
import { WEBHOOK_PATH } from '../slack-notify/receiver.js';
// @ts-expect-error: a plain JavaScript module of the demo, shared with these tests
import { startSampleService } from '../../scripts/demo-service.mjs';

/**
 * The pipeline (root action.yml) against loopback only: the demo's sample service (GET /health per
 * live release; v3 answers 503 degraded), deployed and rolled back by scripts/demo-release.mjs as
 * the `command` deploy and `rollback-command`, and a Slack stand-in replaying the recorded answers
 * of test/fixtures/slack (see test/slack-notify/receiver.ts). pipeline.test.ts runs the action
 * in-process, pipeline.bundle.test.ts runs dist/pipeline/index.js on Node 24 as the runner does.
 */

interface SampleService {
  url: string;
  live: string;
  history: string[];
  close(): Promise<void>;
}

export const TOKEN = 'deploy-token-7f3a9c2e51b4';
export const BOT_TOKEN = 'xoxb-2718-2818-PipelineBotTokenSecret';
const RELEASE = `"${NODE24}" "${join(ROOT, 'scripts/demo-release.mjs')}"`;

/** The sample service of the test under way (a live binding: a fresh one for each test). */
export let service: SampleService;

/** A fresh sample service before each test of the calling file; it and every loopback server stopped after. */
export function useSampleService(): void {
  beforeEach(async () => {
    service = (await startSampleService({ token: TOKEN })) as SampleService;
  });
  afterEach(async () => {
    await service.close();
    await closeAllServers();
  });
}

export function inputs(
  release: string,
  slack: LoopbackServer | undefined,
  more: Record<string, string> = {},
): Record<string, string> {
  return {
    provider: 'command',
    token: TOKEN,
    environment: 'production',
    command: `${RELEASE} ${release}`,
    'health-url': `${service.url}/health`,
    'health-expect-json': 'status=ok\nchecks.database=ok',
    'health-interval': '100ms',
    'health-max-attempts': '2',
    'health-timeout': '10s',
    'rollback-command': `${RELEASE} --rollback "$ROLLBACK_TO"`,
    ...(slack ? { 'slack-webhook-url': `${slack.url}${WEBHOOK_PATH}` } : {}),
    ...more,
  };
}

/** The pipeline run with `given` (in-process unless `run` says runBundle), every output set and no secret leaked. */
export async function pipeline(
  given: Record<string, string>,
  secrets: string[],
  run: StepRunner = runInProcess,
): Promise<BundleResult> {
  const result = await run('pipeline', { inputs: given, env: { DEMO_SERVICE_URL: service.url } });
  expectAllOutputs(result, 'pipeline');
  expectNoSecretLeak(result, secrets);
  return result;
}

export function slackBody(server: LoopbackServer, index = 0): any {
  return JSON.parse(server.requests[index]!.body);
}

export function report(result: BundleResult): any {
  return JSON.parse(result.outputs['report']!);
}
