import { describeExit, type Exec, lastLines, showCommand } from '../lib/exec.js';
import { ICON, mdCode, mdText } from '../lib/summary.js';

/** tool: command — the user's own drift command (Prisma, Flyway, a script), reported by exit code. */
export interface CommandOutcome {
  passed: boolean;
  shown: string;
  exit: string;
  output: string;
  durationMs: number;
}

export async function runDriftCommand(request: {
  argv: string[];
  cwd: string;
  timeoutMs: number;
  env: Record<string, string>;
  redact: (text: string) => string;
  onLine: (line: string) => void;
  /** The context's process runner. */
  exec: Exec;
}): Promise<CommandOutcome> {
  const [command, ...args] = request.argv as [string, ...string[]];
  const result = await request.exec({
    command,
    args,
    cwd: request.cwd,
    timeoutMs: request.timeoutMs,
    env: request.env,
    redact: request.redact,
    onLine: request.onLine,
  });
  return {
    passed: result.exitCode === 0 && !result.timedOut,
    shown: showCommand(command, args),
    exit: describeExit(result, request.timeoutMs),
    output: lastLines(`${result.stdout}\n${result.stderr}`, 40),
    durationMs: result.durationMs,
  };
}

export function commandMarkdown(outcome: CommandOutcome): string {
  const title = outcome.passed ? `${ICON.pass} Drift command passed` : `${ICON.fail} Drift command failed`;
  return [
    `### ${title}`,
    '',
    `\`${mdText(outcome.shown)}\` ${mdText(outcome.exit)}.`,
    '',
    outcome.output ? mdCode(outcome.output) : '(no output)',
  ].join('\n');
}
