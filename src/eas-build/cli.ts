import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeExit, execute, findOnPath, lastLines } from '../lib/exec.js';
import type { EasSource } from './config.js';

/**
 * Which `eas` runs: the one on PATH when no version is asked for, otherwise eas-cli installed from
 * npm (`npm install --prefix <dir> eas-cli@<version>`) and kept in the runner's tool cache, so a
 * later run of the same version installs nothing. @actions/tool-cache is loaded only on this path.
 */

export interface EasCli {
  /** What to spawn. */
  command: string;
  /** eas-cli's version when we installed it; undefined for the one found on PATH. */
  version: string | undefined;
  origin: 'path' | 'tool-cache' | 'installed';
}

export interface ResolveOptions {
  path: string | undefined;
  /** Environment changes for npm (e.g. inputs unset). */
  env: Record<string, string | undefined>;
  /** Where npm installs before the directory is cached (RUNNER_TEMP). */
  tempDir: string;
  timeoutMs: number;
  log: (line: string) => void;
  redact: (text: string) => string;
}

export async function resolveEasCli(source: EasSource, options: ResolveOptions): Promise<EasCli> {
  if (source.kind === 'path-or-pinned') {
    const found = findOnPath('eas', options.path);
    if (found) {
      options.log(`Using the eas on PATH: ${found} (set eas-version to install a given eas-cli instead).`);
      return { command: found, version: undefined, origin: 'path' };
    }
    options.log(`No eas on PATH: using eas-cli ${source.pinned}, the version this action pins.`);
    return installEasCli(source.pinned, options);
  }
  return installEasCli(source.version, options);
}


async function installEasCli(version: string, options: ResolveOptions): Promise<EasCli> {
  const toolCache = await import('@actions/tool-cache');
  if (version !== 'latest') {
    const cached = toolCache.find('eas-cli', version);
    if (cached) {
      options.log(`eas-cli ${version} found in the tool cache: ${cached}`);
      return { command: binaryIn(cached), version, origin: 'tool-cache' };
    }
  }
  const prefix = mkdtempSync(join(options.tempDir, 'eas-cli-'));
  const args = ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--loglevel', 'error', `eas-cli@${version}`];
  options.log(`Installing eas-cli ${version} with npm`);
  const result = await execute({
    command: 'npm',
    args,
    env: options.env,
    timeoutMs: options.timeoutMs,
    redact: options.redact,
    onLine: (line) => options.log(line),
  });
  if (result.exitCode !== 0) {
    throw new Error(`npm install eas-cli@${version} ${describeExit(result, options.timeoutMs)}: ${lastLines(result.stderr) || lastLines(result.stdout)}`);
  }
  const installed = installedVersion(prefix);
  const cachedDir = await toolCache.cacheDir(prefix, 'eas-cli', installed);
  options.log(`eas-cli ${installed} installed and cached: ${cachedDir}`);
  return { command: binaryIn(cachedDir), version: installed, origin: 'installed' };
}

function packageJson(prefix: string): { version?: string; bin?: string | Record<string, string> } {
  return JSON.parse(readFileSync(join(prefix, 'node_modules', 'eas-cli', 'package.json'), 'utf8')) as {
    version?: string;
    bin?: string | Record<string, string>;
  };
}

function installedVersion(prefix: string): string {
  const version = packageJson(prefix).version;
  if (!version) throw new Error('npm installed an eas-cli without a version in its package.json');
  return version;
}

/** The `eas` executable of an installed eas-cli, from its package.json `bin` (not the .bin link). */
function binaryIn(prefix: string): string {
  const bin = packageJson(prefix).bin;
  const relative = typeof bin === 'string' ? bin : bin?.['eas'];
  if (!relative) throw new Error(`The eas-cli package in ${prefix} declares no "eas" executable`);
  return join(prefix, 'node_modules', 'eas-cli', relative);
}
