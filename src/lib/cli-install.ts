import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describeExit, type ExecRequest, type ExecResult, findOnPath, lastLines } from './exec.js';

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
  /** The pinned version. */
  version: string;
}

export interface CliLocation {
  path: string;
  source: 'path' | 'tool-cache' | 'installed';
}

export interface InstallDeps {
  exec: (request: ExecRequest) => Promise<ExecResult>;
  /** PATH of the run, searched first. */
  searchPath: string;
  /** Scratch space for the install (RUNNER_TEMP). */
  tempDir: string;
  log: (line: string) => void;
  /** Environment for npm (e.g. without the action's inputs). */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}


export async function ensureNpmCli(cli: NpmCli, deps: InstallDeps): Promise<CliLocation> {
  const onPath = findOnPath(cli.bin, deps.searchPath);
  if (onPath) {
    deps.log(`Using ${cli.bin} from PATH: ${onPath}`);
    return { path: onPath, source: 'path' };
  }
  const toolCache = await import('@actions/tool-cache');
  const cached = toolCache.find(cli.bin, cli.version);
  if (cached) {
    deps.log(`Using ${cli.packageName}@${cli.version} from the tool cache`);
    return { path: binIn(cached, cli), source: 'tool-cache' };
  }
  const prefix = mkdtempSync(join(deps.tempDir, `dk-${cli.bin}-`));
  deps.log(`Installing ${cli.packageName}@${cli.version} with npm`);
  const result = await deps.exec({
    command: 'npm',
    args: ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${cli.packageName}@${cli.version}`],
    cwd: prefix,
    ...(deps.env ? { env: deps.env } : {}),
    timeoutMs: deps.timeoutMs ?? 300_000,
  });
  if (result.exitCode !== 0) {
    throw new Error(`Installing ${cli.packageName}@${cli.version} with npm ${describeExit(result)}: ${lastLines(result.stderr, 3) || lastLines(result.stdout, 3)}`);
  }
  const dir = await toolCache.cacheDir(prefix, cli.bin, cli.version);
  return { path: binIn(dir, cli), source: 'installed' };
}

function binIn(dir: string, cli: NpmCli): string {
  return join(dir, 'node_modules', '.bin', cli.bin);
}
