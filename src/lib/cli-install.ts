import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeExit, type ExecRequest, type ExecResult, findOnPath, toolFailure } from './exec.js';

/**
 * A command-line tool published on npm (the Vercel CLI; the Railway CLI, whose npm package fetches
 * its binary in postinstall): used from PATH when the runner has it, otherwise installed with npm at
 * a pinned version and kept in the runner's tool cache (@actions/tool-cache, loaded only here) so
 * that later jobs on the same runner reuse it. npm checks the tarball against the registry's
 * integrity hash, and honours `npm_config_registry` (a mirror, or a loopback registry in tests).
 */

export interface NpmCli {
  /** The executable, e.g. `railway`. */
  bin: string;
  /** The npm package, e.g. `@railway/cli`. */
  packageName: string;
  /** An exact version, or `latest` (never taken from the tool cache: it moves). */
  version: string;
  /** The tool cache's name for it (default: `bin`). */
  toolName?: string;
}

export interface CliLocation {
  path: string;
  source: 'path' | 'tool-cache' | 'installed';
  /** The version in use; undefined for one found on PATH. */
  version?: string;
}

export interface InstallDeps {
  exec: (request: ExecRequest) => Promise<ExecResult>;
  /** PATH of the run, searched first. */
  searchPath: string;
  /** Scratch space for the install (RUNNER_TEMP). */
  tempDir: string;
  log: (line: string) => void;
  /** The install's deadline: the time left of the step's `timeout`. Default five minutes. */
  timeoutMs?: number;
  /** How often a progress line is logged while npm works. Default 5 s. */
  heartbeatMs?: number;
}

/** The CLI from PATH when the runner has one, otherwise installed (see installNpmCli). */
export async function ensureNpmCli(cli: NpmCli, deps: InstallDeps): Promise<CliLocation> {
  const onPath = findOnPath(cli.bin, deps.searchPath);
  if (onPath) {
    deps.log(`Using ${cli.bin} from PATH: ${onPath}`);
    return { path: onPath, source: 'path' };
  }
  return installNpmCli(cli, deps);
}

/**
 * `cli.packageName@cli.version` from the tool cache, or installed with npm into a fresh prefix and
 * cached under the version npm actually installed (so `latest` is cached as what it was).
 */
export async function installNpmCli(cli: NpmCli, deps: InstallDeps): Promise<CliLocation> {
  const toolCache = await import('@actions/tool-cache');
  const toolName = cli.toolName ?? cli.bin;
  const cached = cli.version === 'latest' ? '' : toolCache.find(toolName, cli.version);
  if (cached) {
    deps.log(`Using ${cli.packageName}@${cli.version} from the tool cache: ${cached}`);
    return { path: binaryIn(cached, cli), source: 'tool-cache', version: cli.version };
  }
  const prefix = mkdtempSync(join(deps.tempDir, `dk-${toolName}-`));
  const timeoutMs = deps.timeoutMs ?? 300_000;
  // What npm will use: the environment it inherits, else its own configuration (.npmrc or the default).
  const registry = process.env['npm_config_registry'] || "npm's configured registry";
  const what = `Installing ${cli.packageName}@${cli.version} with npm`;
  deps.log(`${what} from ${registry} (at most ${Math.ceil(timeoutMs / 1000)} s)`);
  const progress = new NpmProgress(registry, deps.log);
  const heartbeat = setInterval(() => deps.log(progress.heartbeat()), deps.heartbeatMs ?? 5000);
  let result: ExecResult;
  try {
    result = await deps.exec({
      command: 'npm',
      args: [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        // One line per request answered: counted for the progress lines, not logged one by one.
        '--loglevel=http',
        // npm waits five minutes per request by default; never longer than the step may take.
        `--fetch-timeout=${Math.min(60_000, timeoutMs)}`,
        `${cli.packageName}@${cli.version}`,
      ],
      cwd: prefix,
      timeoutMs,
      onLine: (line) => progress.line(line),
    });
  } finally {
    clearInterval(heartbeat);
  }
  if (result.timedOut) {
    throw new Error(
      `${what} ${describeExit(result, timeoutMs)} ${progress.phase()}; the step's timeout bounds the install.`,
    );
  }
  if (result.exitCode !== 0) {
    throw toolFailure(what, { ...result, stderr: withoutRequestLines(result.stderr) }, timeoutMs);
  }
  deps.log(`npm finished in ${Math.round(result.durationMs / 1000)} s after ${progress.fetched} registry requests.`);
  const version = packageJson(prefix, cli).version;
  if (!version) throw new Error(`npm installed a ${cli.packageName} without a version in its package.json`);
  const dir = await toolCache.cacheDir(prefix, toolName, version);
  deps.log(`${cli.packageName}@${version} installed and cached: ${dir}`);
  return { path: binaryIn(dir, cli), source: 'installed', version };
}

function packageJson(prefix: string, cli: NpmCli): { version?: string; bin?: string | Record<string, string> } {
  return JSON.parse(readFileSync(join(prefix, 'node_modules', cli.packageName, 'package.json'), 'utf8')) as {
    version?: string;
    bin?: string | Record<string, string>;
  };
}

/** The executable from the package's own `bin` field (the .bin symlink may not survive a copy). */
function binaryIn(prefix: string, cli: NpmCli): string {
  const bin = packageJson(prefix, cli).bin;
  const relative = typeof bin === 'string' ? bin : bin?.[cli.bin];
  if (!relative) throw new Error(`The ${cli.packageName} package in ${prefix} declares no "${cli.bin}" executable`);
  return join(prefix, 'node_modules', cli.packageName, relative);
}

const REQUEST_LINE = /^npm http (?:fetch )?(\S+) (\d{3}) (\S+)/;

/**
 * What npm has done so far, from its `--loglevel=http` lines (`npm http fetch GET 200 <url> 52ms`):
 * a progress line every few seconds instead of five silent minutes, and, when the deadline stops
 * npm, the phase it was in (the registry never answered, or how far it got).
 */
class NpmProgress {
  fetched = 0;
  #last: string | undefined;
  readonly #started = performance.now();

  constructor(
    private readonly registry: string,
    private readonly log: (line: string) => void,
  ) {}

  line(line: string): void {
    const request = REQUEST_LINE.exec(line);
    if (request) {
      this.fetched += 1;
      this.#last = `${request[1]} ${request[2]} ${request[3]}`;
    } else if (line.startsWith('npm http ')) {
      // cache lines and the like: not a request answered
    } else if (line.trim() !== '') {
      this.log(line);
    }
  }

  heartbeat(): string {
    const seconds = Math.round((performance.now() - this.#started) / 1000);
    return (
      `npm is still installing (${seconds} s): ${this.fetched} ` +
      `registry requests answered${this.#last ? `, the last ${this.#last}` : ''}.`
    );
  }

  phase(): string {
    if (this.fetched === 0) return `while waiting for the registry (${this.registry}) to answer its first request`;
    return `after ${this.fetched} registry requests answered (the last ${this.#last}), while downloading the rest`;
  }
}

/** npm's stderr without its request lines and the pointer to its debug log (a file on the runner). */
function withoutRequestLines(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm http ') && !line.includes('A complete log of this run can be found in'))
    .join('\n');
}
