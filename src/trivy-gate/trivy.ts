import { describeExit, type Exec, lastLines, showCommand } from '../lib/exec.js';

/**
 * Running Trivy: the argv (pure) and the process (effect). Trivy is asked for everything, as JSON:
 * no `--severity` (the gate decides what fails, the report keeps all), `--exit-code 0` (its exit
 * status then means only "the scan worked"), and an `--ignorefile` that does not exist, so Trivy
 * does not silently drop what a `.trivyignore` in the working directory lists: the gate applies the
 * ignore file itself and can show what it hid and until when.
 */

export const SCAN_TYPES = ['image', 'fs', 'repo', 'config', 'sbom'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
export const SCANNERS = ['vuln', 'secret', 'misconfig'] as const;
export type Scanner = (typeof SCANNERS)[number];

/** The scanners each subcommand accepts (`trivy config` has no --scanners: it checks misconfigurations). */
export const SCANNERS_BY_TYPE: Record<ScanType, readonly Scanner[]> = {
  image: SCANNERS,
  fs: SCANNERS,
  repo: SCANNERS,
  sbom: ['vuln'],
  config: [],
};

export interface ScanPlan {
  scanType: ScanType;
  target: string;
  /** Empty: Trivy's default for the scan type. */
  scanners: readonly Scanner[];
  reportPath: string;
  cacheDir: string;
  /** A path that does not exist (see above). */
  noIgnoreFile: string;
  timeoutMs: number;
  /** Today's database came from the cache: tell Trivy not to download it again. */
  skipUpdates: boolean;
}

export function trivyArgs(plan: ScanPlan): string[] {
  const vulnDb = plan.scanType !== 'config';
  const checks = plan.scanType !== 'sbom';
  const args = [
    plan.scanType,
    '--format',
    'json',
    '--output',
    plan.reportPath,
    '--exit-code',
    '0',
    '--cache-dir',
    plan.cacheDir,
    '--ignorefile',
    plan.noIgnoreFile,
    '--timeout',
    `${Math.max(1, Math.round(plan.timeoutMs / 1000))}s`,
  ];
  if (plan.scanners.length > 0 && plan.scanType !== 'config') args.push('--scanners', plan.scanners.join(','));
  if (plan.skipUpdates) {
    if (vulnDb) args.push('--skip-db-update', '--skip-java-db-update');
    if (checks) args.push('--skip-check-update');
  }
  // `--` ends the options: a target cannot be read as a flag.
  args.push('--', plan.target);
  return args;
}

/** How long after its own --timeout Trivy is stopped: time to write the report it has. */
const TRIVY_GRACE_MS = 2000;

export class TrivyError extends Error {
  override name = 'TrivyError';
}

export async function runTrivy(
  binary: string,
  plan: ScanPlan,
  io: { log: (line: string) => void; redact: (text: string) => string; exec: Exec },
): Promise<void> {
  const args = trivyArgs(plan);
  io.log(`$ ${showCommand(binary, args)}`);
  // Trivy stops itself at --timeout; our deadline, a moment later, catches a Trivy that hangs
  // (while downloading its database, say) without letting the step outlive its timeout by much.
  const timeoutMs = plan.timeoutMs + TRIVY_GRACE_MS;
  const result = await io.exec({
    command: binary,
    args,
    timeoutMs,
    redact: io.redact,
    onLine: (line) => io.log(line),
  });
  if (result.exitCode === 0) return;
  const tail = lastLines(result.stderr || result.stdout, 5);
  const how = result.timedOut
    ? `did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`
    : result.signal
      ? `was killed by ${result.signal}${result.signal === 'SIGKILL' ? ' (out of memory?)' : ''}`
      : describeExit(result);
  throw new TrivyError(
    `Trivy ${how}, so there is no report to judge and the gate ` +
      `fails closed${tail ? `: ${tail.replace(/\n/g, ' | ')}` : '.'}`,
  );
}
