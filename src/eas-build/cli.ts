import type { Exec } from '../lib/exec.js';
import { type CliLocation, ensureNpmCli, installNpmCli, type InstallDeps } from '../lib/cli-install.js';
import type { EasSource } from './config.js';

/**
 * Which `eas` runs: the one on PATH when no version is asked for (else the pinned eas-cli),
 * otherwise eas-cli at that version from npm, kept in the runner's tool cache so that a later run
 * of the same version installs nothing (src/lib/cli-install.ts).
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
  /** Where npm installs before the directory is cached (RUNNER_TEMP). */
  tempDir: string;
  timeoutMs: number;
  log: (line: string) => void;
  redact: (text: string) => string;
  /** The context's process runner. */
  exec: Exec;
}

export async function resolveEasCli(source: EasSource, options: ResolveOptions): Promise<EasCli> {
  const deps: InstallDeps = {
    exec: (request) => options.exec({ ...request, redact: options.redact }),
    searchPath: options.path ?? '',
    tempDir: options.tempDir,
    timeoutMs: options.timeoutMs,
    log: options.log,
  };
  const easCli = (version: string) => ({ bin: 'eas', packageName: 'eas-cli', version, toolName: 'eas-cli' });
  if (source.kind === 'path-or-pinned') {
    return located(await ensureNpmCli(easCli(source.pinned), deps));
  }
  return located(await installNpmCli(easCli(source.version), deps));
}

function located(cli: CliLocation): EasCli {
  return { command: cli.path, version: cli.version, origin: cli.source };
}
