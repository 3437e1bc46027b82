import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/lib/context.js';
import { ConfigError } from '../../src/lib/errors.js';
import { PROVIDER_NAMES } from '../../src/health-check/rollback.js';
import { pipelineInputs } from '../../scripts/pipeline-action-inputs.js';
import { autoRollback, readConfig } from '../../src/pipeline/config.js';
import { BASE } from '../deploy/scenarios.js';
import { NODE24, ROOT } from '../support/bundle.js';
import { configContext, filesOf } from '../support/context.js';
import { expectReadsDeclaredInputs, inputsOf, readActionMeta } from '../support/metadata.js';

const RUN = readRunContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc1234def' });
const COMMAND = BASE['command']!;
const WEBHOOK = 'https://hooks.slack.com/services/T0/B0/abcdefgh';

const CONTEXT = configContext({ run: RUN, effects: { files: filesOf({}) } });
const config = (values: Record<string, string>) => readConfig(inputsOf('pipeline', values), CONTEXT);

describe('pipeline config: the sub-actions read their inputs under the pipeline names', () => {
  it('reads every input the root action.yml declares, and only those', () => {
    expectReadsDeclaredInputs(
      'pipeline',
      (read) => {
        readConfig(read, CONTEXT).catch(() => undefined);
      },
      [
        {
          ...COMMAND,
          'health-url': 'https://shop.example/health',
          'rollback-command': './rollback.sh',
          'slack-webhook-url': WEBHOOK,
        },
        {
          ...BASE['railway'],
          'github-token': 'ghs_12345678',
          'environment-url': 'https://acme.dev',
          'slack-bot-token': 'xoxb-1-2',
          'slack-channel': 'C1',
        },
        BASE['vercel']!,
        { ...BASE['cloud-run'], tag: 'green', project: 'acme-prod' },
        BASE['ssh blue-green']!,
        // Each rollback provider health-check has, with the deploy of the same name where there is one.
        ...PROVIDER_NAMES.map((rollback) => ({
          ...(BASE[rollback] ?? COMMAND),
          'health-url': 'https://a.example/h',
          rollback,
          'rollback-command': './rollback.sh',
        })),
      ],
    );
  });

  it('builds each part from its own reader, rollback-to left for the deploy to fill', async () => {
    const read = await config({
      ...COMMAND,
      environment: 'production',
      'health-url': 'https://shop.example/health\nhttps://shop.example/ready',
      'health-expect-json': 'status=ok|healthy',
      'health-timeout': '30s',
      timeout: '10m',
      'rollback-command': './rollback.sh',
      'slack-webhook-url': WEBHOOK,
      'slack-mention': 'here',
      'slack-fields': 'Team=shop',
    });
    expect(read.deploy).toMatchObject({
      provider: 'command',
      environment: 'production',
      timeoutMs: 600_000,
      target: { command: './deploy.sh' },
    });
    expect(read.check).toMatchObject({
      urls: ['https://shop.example/health', 'https://shop.example/ready'],
      timeoutMs: 30_000,
    });
    expect(read.rollback).toEqual({ provider: 'command', command: './rollback.sh', timeoutMs: 300_000, verify: true });
    expect(read.rollbackChoice).toBe('rollback: auto runs rollback-command');
    expect(read.failOnUnhealthy).toBe(true);
    expect(read.slack.destination).toEqual({ kind: 'webhook', webhookUrl: WEBHOOK });
    expect(read.slack.message).toMatchObject({
      status: 'success',
      environment: 'production',
      mentions: ['<!here>'],
      fields: [['Team', 'shop']],
    });
    expect(read.slack.message.url).toBeUndefined();
  });

  it('has no health check (and no rollback) without health-url', async () => {
    const read = await config(COMMAND);
    expect(read.check).toBeUndefined();
    expect(read.rollback.provider).toBe('none');
  });

  it('rolls nothing back when the deploy is skipped, its rollback-command notwithstanding', async () => {
    const read = await config({
      ...COMMAND,
      token: '',
      'health-url': 'https://a.example/h',
      'rollback-command': './rollback.sh',
    });
    expect(read.deploy.skip?.reason).toBe('token empty');
    expect(read.rollback.provider).toBe('none');
    expect(read.rollbackChoice).toBe('rollback: auto rolls back nothing when the deploy is skipped');
  });

  it.each([
    ['railway', { ...BASE['railway'], token: '', rollback: 'railway' }],
    ['vercel', { ...BASE['vercel'], token: '', rollback: 'vercel', 'vercel-project-id': 'prj_1' }],
    ['cloud-run', { ...BASE['cloud-run'], token: '', rollback: 'cloud-run' }],
    ['ssh', { ...BASE['ssh'], 'ssh-key': '', rollback: 'ssh', 'rollback-command': './rollback.sh' }],
  ])('skips cleanly on a fork even with rollback: %s set explicitly', async (_provider, values) => {
    const read = await config({ ...values, 'health-url': 'https://a.example/h' });
    expect(read.deploy.skip).toBeDefined();
    expect(read.rollback.provider).toBe('none');
  });

  const BAD: [string, Record<string, string>, string][] = [
    [
      'no provider',
      {},
      'Input "provider" is required: give one of "railway", "vercel", "cloud-run", "ssh" or "command".',
    ],
    [
      'health-url not http',
      { ...COMMAND, 'health-url': 'ftp://shop.example/health' },
      'Invalid "health-url" value "ftp://shop.example/health": only http:// and https:// URLs can be checked.',
    ],
    [
      'health-expect-json without =',
      { ...COMMAND, 'health-url': 'https://shop.example/health', 'health-expect-json': 'healthy' },
      'Invalid "health-expect-json" value "healthy": expected one "path=value" per line, ' +
        'such as status=ok|healthy or checks.database=ok.',
    ],
    [
      'health-stable-for past health-timeout',
      { ...COMMAND, 'health-url': 'https://shop.example/health', 'health-stable-for': '3m' },
      'Invalid "health-stable-for" value "3m": must be shorter than the timeout (2m), ' +
        'which must also cover the start-up.',
    ],
    [
      'unknown rollback',
      { ...COMMAND, 'health-url': 'https://a.example/h', rollback: 'undo' },
      'Invalid "rollback" value "undo": ' +
        'valid values are "auto", "none", "command", "railway", "vercel", "cloud-run" and "ssh".',
    ],
    [
      'rollback: command without a command',
      { ...COMMAND, 'health-url': 'https://a.example/h', rollback: 'command' },
      'Input "rollback-command" is required when "rollback" is "command": give the shell command that rolls back.',
    ],
    [
      'a rollback without health-url',
      { ...COMMAND, rollback: 'command' },
      'Input "rollback" is set but "health-url" is empty: ' +
        'the rollback runs when the health check after the deploy fails, so give health-url.',
    ],
    [
      'a rollback-command without health-url',
      { ...COMMAND, 'rollback-command': './rollback.sh' },
      'Input "rollback-command" is set but "health-url" is empty: ' +
        'the rollback runs when the health check after the deploy fails, so give health-url.',
    ],
    [
      'slack-bot-token without slack-channel',
      { ...COMMAND, 'slack-bot-token': 'xoxb-1-2-3' },
      'Input "slack-channel" is required with "slack-bot-token": give a channel ID such as C0123456789.',
    ],
    [
      'slack-timeout not a duration',
      { ...COMMAND, 'slack-webhook-url': WEBHOOK, 'slack-timeout': 'soon' },
      'Invalid "slack-timeout" value "soon": ' +
        'expected a duration such as 500ms, 10s, 2m or 1h (a bare number means seconds).',
    ],
    [
      'blue-green-health-url not a URL',
      { ...BASE['ssh blue-green'], 'blue-green-health-url': 'localhost:8000' },
      'Invalid "blue-green-health-url" value "localhost:8000": expected an http:// or https:// URL.',
    ],
  ];
  it("lists every one of these in the root README's bad-input table", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const missing = BAD.map(([, , message]) => message).filter(
      (message) => !readme.includes(message.replace(/\|/g, '\\|')),
    );
    expect(missing).toEqual([]);
  });

  for (const [label, values, message] of BAD) {
    it(`bad input: ${label}`, async () => {
      const error = await config(values).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(message);
    });
  }
});

describe('rollback: auto', () => {
  it('runs rollback-command when given, rolls back nothing on a skip or without a health check', () => {
    expect(autoRollback({ provider: 'railway' }, true, true).provider).toBe('command');
    expect(
      autoRollback({ provider: 'command', skip: { reason: 'token empty', notice: '' } }, true, true).provider,
    ).toBe('none');
    expect(autoRollback({ provider: 'command' }, false, true).provider).toBe('none');
  });

  it("uses the deploy's provider only where health-check can roll it back", () => {
    const choice = autoRollback({ provider: 'command' }, true, false);
    expect(choice.provider).toBe('none');
    expect(choice.why).toMatch(/^rollback: auto has no rollback for provider command.*: give rollback-command$/);
  });
});

describe('the root action.yml inputs', () => {
  it('are what scripts/pipeline-action.mjs generates from the three actions (--check)', () => {
    const check = spawnSync(NODE24, [join(ROOT, 'scripts/pipeline-action.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('follow the naming rules, so that a new sub-action input arrives by re-running the generator', () => {
    const sub = {
      deploy: readActionMeta('deploy').inputs!,
      'health-check': {
        ...readActionMeta('health-check').inputs!,
        // As the rollback providers will add them: one shared with deploy, one of its own.
        service: { description: 'railway, cloud-run: the service to roll back.', default: '' },
        'rollback-token': { description: 'The token the rollback provider uses.', default: '' },
      },
      'slack-notify': readActionMeta('slack-notify').inputs!,
    } as Parameters<typeof pipelineInputs>[0];
    const generated = pipelineInputs(sub);
    expect(generated['health-expect-json']?.description).toContain('checks.database=ok');
    expect(generated['blue-green-health-url']?.default).toBe('http://127.0.0.1:{port}/health');
    expect(generated['service']?.description).toBe(
      'railway: the service name or id. cloud-run: the service name. Also used by the rollback.',
    );
    expect(generated['rollback-token']?.description).toBe(
      'The token the rollback provider uses. Empty: the value of token.',
    );
    expect(generated['slack-require-token']?.description).toMatch(
      /^Fail instead of skipping when neither slack-webhook-url nor slack-bot-token is set/,
    );
    expect(
      Object.keys(generated).filter((name) =>
        ['status', 'slack-status', 'slack-update-ts', 'slack-payload', 'url'].includes(name),
      ),
    ).toEqual([]);
    expect(() =>
      pipelineInputs({
        ...sub,
        'health-check': { ...sub['health-check'], 'ssh-port': { description: 'ssh: the port.', default: '2222' } },
      }),
    ).toThrow(
      /"ssh-port" is shared by deploy's ssh-port \(default "22"\) and health-check's ssh-port \(default "2222"\)/,
    );
  });
});
