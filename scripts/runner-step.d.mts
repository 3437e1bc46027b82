export type FileCommand =
  'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_ENV' | 'GITHUB_STATE' | 'GITHUB_PATH' | 'GITHUB_EVENT_PATH';

export interface RunnerStepOptions {
  /** Reuse this runner temp directory (else a fresh one named after `kind`). */
  dir?: string;
  kind?: string;
  /** GITHUB_WORKSPACE (default: the directory's workspace/). */
  workspace?: string;
  /** Directories put in front of PATH. */
  path?: string[];
  eventName?: string;
  event?: Record<string, unknown>;
  /** Extra environment, over the runner's. */
  env?: Record<string, string>;
}

export interface RunnerStep {
  dir: string;
  files: Record<FileCommand, string>;
  env: Record<string, string>;
}

export const STEP_SHA: string;
export function actionYmlPath(action: string): string;
export function readActionYml(
  action: string,
): { inputs?: Record<string, { default?: unknown }> } & Record<string, unknown>;
export function actionStep(
  action: string,
  given?: Record<string, string>,
  options?: RunnerStepOptions & { evaluate?: (expression: string) => string },
): RunnerStep;
export function runnerStep(options?: RunnerStepOptions): RunnerStep;
export function inputVariable(name: string): string;
export function stepInputs(
  declared: Record<string, { default?: unknown }> | undefined,
  given?: Record<string, string>,
  env?: Record<string, string>,
  evaluate?: (expression: string) => string,
): Record<string, string>;
export function readStep(files: Record<FileCommand, string>): {
  outputs: Record<string, string>;
  summary: string;
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  path: string[];
};
