import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ExecRequest, type ExecResult, findOnPath, toolFailure } from './exec.js';

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
  timeoutMs?: number;
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
  deps.log(`Installing ${cli.packageName}@${cli.version} with npm`);
  const result = await deps.exec({
    command: 'npm',
    args: ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${cli.packageName}@${cli.version}`],
    cwd: prefix,
    timeoutMs: deps.timeoutMs ?? 300_000,
  });
  if (result.exitCode !== 0) {
    throw toolFailure(`Installing ${cli.packageName}@${cli.version} with npm`, result, deps.timeoutMs);
  }
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
