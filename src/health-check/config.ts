import { X509Certificate } from 'node:crypto';
import type { ConfigContext } from '../lib/action.js';
import type { RunContext } from '../lib/context.js';
import { type DeploymentRecordTarget, readDeploymentRecordInputs } from '../lib/deployment-status.js';
import { ConfigError } from '../lib/errors.js';
import { safeUrl } from '../lib/http.js';
import { invalidValue, type Inputs } from '../lib/inputs.js';
import { findProvider, PROVIDER_NAMES as REGISTERED, providerFor } from '../providers/registry.js';
import type { CheckConfig } from './check.js';
import {
  parseBodyExpectation,
  parseJsonExpectation,
  parseStatusRanges,
  type BodyExpectation,
  type JsonExpectation,
} from './policy.js';
import { PROVIDER_NAMES, type RollbackCommon, type RollbackConfig } from './rollback.js';

/** The whole action: what healthy means, what to do when it is not, and whether to fail. */
export interface HealthCheckConfig {
  check: CheckConfig;
  rollback: RollbackConfig;
  failOnUnhealthy: boolean;
  /** The deploy's GitHub Deployment, to mark failure when unhealthy and record the rollback. */
  github: DeploymentRecordTarget | undefined;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const BACKOFFS = ['fixed', 'exponential'] as const;
const MAX_URLS = 50;

/**
 * The only place health-check's inputs are read. `effects.files` reads a ca-cert given as a path;
 * the repository names the blue-green compose project by default, as in actions/deploy.
 */
export function readConfig(inputs: Inputs, { run, effects }: ConfigContext): HealthCheckConfig {
  return {
    check: readCheckConfig(inputs, (path) => effects.files.read(path)),
    rollback: readRollbackConfig(inputs, run),
    failOnUnhealthy: inputs.boolean('fail-on-unhealthy', true),
    github: readDeploymentRecordInputs(inputs),
  };
}

export function readCheckConfig(inputs: Inputs, readFile: (path: string) => string): CheckConfig {
  const urls = readUrls(inputs);
  const method = inputs.enum('method', METHODS, 'GET');
  const statusText = inputs.string('expected-status', '200-299');
  const statuses = parseStatusRanges(statusText);
  if (!statuses)
    throw invalidValue(
      'expected-status',
      statusText,
      'expected status codes and ranges such as 200, 200-299, 2xx or 200,204',
    );
  const body = readBody(inputs);
  const json = readJson(inputs);
  if (method === 'HEAD' && (body || json.length > 0)) {
    throw new ConfigError(
      'Input "method" is HEAD, which gets no body, so "expect-body" and "expect-json" cannot be checked: use GET.',
    );
  }

  const timeoutMs = inputs.duration('timeout', 120_000, { min: 100 });
  const intervalMs = inputs.duration('interval', 5000, { min: 10 });
  const backoff = inputs.enum('backoff', BACKOFFS, 'fixed');
  const maxIntervalMs = inputs.duration('max-interval', 30_000, { min: 10 });
  if (backoff === 'exponential' && maxIntervalMs < intervalMs) {
    throw invalidValue(
      'max-interval',
      inputs.raw('max-interval'),
      `must be at least the interval (${inputs.raw('interval') || '5s'}) with exponential backoff`,
    );
  }
  const stableForMs = inputs.duration('stable-for', 0);
  if (stableForMs >= timeoutMs) {
    throw invalidValue(
      'stable-for',
      inputs.raw('stable-for'),
      `must be shorter than the timeout (${inputs.raw('timeout') || '2m'}), which must also cover the start-up`,
    );
  }
  const tls = readTls(inputs, readFile);
  return {
    urls,
    method,
    headers: readHeaders(inputs),
    expectations: { statuses, ...(body ? { body } : {}), json },
    consecutiveSuccesses: inputs.integer('consecutive-successes', 1, { min: 1, max: 1000 }),
    stableForMs,
    intervalMs,
    backoff,
    maxIntervalMs,
    maxAttempts: inputs.integer('max-attempts', 0, { min: 0 }),
    requestTimeoutMs: inputs.duration('request-timeout', 10_000, { min: 10 }),
    timeoutMs,
    followRedirects: inputs.boolean('follow-redirects', false),
    tls,
    maxBodyBytes: inputs.integer('max-body-bytes', 1024 * 1024, { min: 1024, max: 64 * 1024 * 1024 }),
  };
}

function readUrls(inputs: Inputs): string[] {
  const urls = [...new Set(inputs.list('url', { commas: false }))];
  if (urls.length === 0)
    throw new ConfigError('Input "url" is required: give one or more http:// or https:// URLs, one per line.');
  if (urls.length > MAX_URLS) throw invalidValue('url', `${urls.length} URLs`, `give at most ${MAX_URLS}`);
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw invalidValue(
        'url',
        url.replace(/\/\/[^/@]*@/, '//***@'),
        'expected an absolute http:// or https:// URL, one per line',
      );
    }
    // A password or a token in the query string must not reach the log, errors included.
    inputs.mask(decodeURIComponent(parsed.password));
    for (const value of parsed.searchParams.values()) if (value.length >= 8) inputs.mask(value);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw invalidValue('url', safeUrl(url), 'only http:// and https:// URLs can be checked');
    }
  }
  return urls;
}

/** Header values are secrets: Inputs.headers masks them and never quotes a line in an error. */
function readHeaders(inputs: Inputs): Record<string, string> {
  return Object.fromEntries(inputs.headers('headers'));
}

function readBody(inputs: Inputs): BodyExpectation | undefined {
  const text = inputs.optional('expect-body');
  if (text === undefined) return undefined;
  try {
    return parseBodyExpectation(text);
  } catch (error) {
    throw invalidValue(
      'expect-body',
      text,
      `not a valid regular expression (${(error as Error).message}); without the slashes it is a plain substring`,
    );
  }
}

function readJson(inputs: Inputs): JsonExpectation[] {
  return inputs.list('expect-json', { commas: false }).map((line) => {
    const at = line.indexOf('=');
    const expectation =
      at > 0 && at < line.length - 1
        ? parseJsonExpectation(line.slice(0, at).trim(), line.slice(at + 1).trim())
        : undefined;
    if (!expectation)
      throw invalidValue(
        'expect-json',
        line,
        'expected one "path=value" per line, such as status=ok|healthy or checks.database=ok',
      );
    return expectation;
  });
}

function readTls(inputs: Inputs, readFile: (path: string) => string): CheckConfig['tls'] {
  const insecure = inputs.boolean('insecure', false);
  const caInput = inputs.optional('ca-cert');
  if (caInput === undefined) return { insecure };
  if (insecure) {
    throw new ConfigError(
      'Only one of "insecure: true" and "ca-cert" can be set: ' +
        'ca-cert trusts one more CA, insecure trusts any certificate.',
    );
  }
  const isPem = caInput.startsWith('-----BEGIN');
  let pem = caInput;
  if (!isPem) {
    try {
      pem = readFile(caInput);
    } catch (error) {
      throw invalidValue(
        'ca-cert',
        caInput,
        'expected PEM text or the path of a PEM file, ' +
          `and the file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  try {
    new X509Certificate(pem);
  } catch {
    throw isPem
      ? new ConfigError(
          'Input "ca-cert" is not a readable PEM certificate: ' +
            'expected -----BEGIN CERTIFICATE----- text or the path of a PEM file.',
        )
      : invalidValue('ca-cert', caInput, 'the file is not a PEM certificate (-----BEGIN CERTIFICATE-----)');
  }
  return { insecure: false, ca: pem };
}

export function readRollbackConfig(inputs: Inputs, run: Pick<RunContext, 'repo'>): RollbackConfig {
  const provider = inputs.enum('rollback', PROVIDER_NAMES, 'none');
  const command = inputs.optional('rollback-command');
  const to = inputs.optional('rollback-to');
  const token = inputs.secret('rollback-token');
  const common: RollbackCommon = {
    ...(to !== undefined ? { to } : {}),
    timeoutMs: inputs.duration('rollback-timeout', 300_000, { min: 1000 }),
    verify: inputs.boolean('verify-after-rollback', true),
  };
  if (command !== undefined && provider !== 'command' && provider !== 'ssh') {
    throw new ConfigError(
      provider === 'none'
        ? 'Input "rollback-command" is set but "rollback" is "none": set rollback: command to run it.'
        : `Input "rollback-command" is set but "rollback" is "${provider}", which does not run it: ` +
            'rollback: command runs it on the runner, rollback: ssh on the host.',
    );
  }
  if (token !== undefined && !rollbackUsesToken(provider)) {
    const takers = REGISTERED.filter(rollbackUsesToken);
    throw new ConfigError(
      `Input "rollback-token" is set but "rollback" is "${provider}", which does not use it: ` +
        `it is the secret of rollback: ${takers.slice(0, -1).join(', ')} or ${takers.at(-1)}.`,
    );
  }
  if (provider === 'none') return { provider, ...common };
  const chosen = providerFor(provider);
  const secret = () => {
    if (token === undefined)
      throw new ConfigError(
        `Input "rollback-token" is required when "rollback" is "${provider}": ${chosen.rollbackToken}.`,
      );
    return token;
  };
  return chosen.readRollbackTarget(inputs, { token: secret, command, common, repo: run.repo });
}

/** Whether a rollback provider takes rollback-token (railway, vercel, cloud-run). */
export function rollbackUsesToken(provider: string): boolean {
  return findProvider(provider)?.rollbackToken !== undefined;
}
