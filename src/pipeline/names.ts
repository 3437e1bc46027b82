import type { InputSource } from '../lib/inputs.js';

/**
 * How the pipeline (root action.yml) names the inputs of the three actions it composes. The
 * sub-actions' own config readers read them through `Inputs.readAs(rule, readConfig)`, so the
 * pipeline parses nothing twice, and scripts/pipeline-action.mjs writes the root action.yml's
 * inputs with the same rules: a new input of a sub-action appears in the pipeline by re-running it.
 *
 * - deploy: its own names (the pipeline is mostly a deploy), except ssh blue-green's `health-url`
 *   and `health-timeout`, which become `blue-green-health-url` / `blue-green-health-timeout`.
 * - health-check, checking (what `readCheckConfig` reads): `health-` + name (`health-url`, …).
 * - health-check, rolling back (what `readRollbackConfig` reads) and `fail-on-unhealthy`: named as
 *   deploy's inputs are (so blue-green's `health-url` is `blue-green-health-url`). One that deploy
 *   also has (`service`, `ssh-host`, `project`, …) IS the deploy's input: the rollback returns the
 *   service that was deployed.
 * - slack-notify: `slack-` + name, except what the pipeline says itself (status, title, url,
 *   duration, the ts to update, payload, thread-ts) and `environment`, which is the deploy's.
 */

export function deployInput(name: string): string {
  return name.startsWith('health-') ? `blue-green-${name}` : name;
}

export function checkInput(name: string): string {
  return `health-${name}`;
}

export function rollbackInput(name: string): string {
  // Named as deploy names its inputs, so a shared one (ssh blue-green's health-url) is one input.
  return deployInput(name);
}

/** Rollback inputs that, left empty, take a deploy input's value (the same secret usually serves both). */
export const ROLLBACK_FALLBACKS: Record<string, string> = { 'rollback-token': 'token' };

/**
 * health-check inputs the pipeline fills in itself: the deploy's GitHub Deployment id (its token is
 * deploy's github-token).
 */
export const CHECK_SUPPLIED = ['github-deployment-id'] as const;

/** Slack inputs the pipeline fills in itself from what happened; not inputs of the pipeline. */
export const SLACK_SUPPLIED = ['status', 'title', 'url', 'duration', 'update-ts', 'thread-ts', 'payload'] as const;

export function slackInput(name: string): InputSource {
  if ((SLACK_SUPPLIED as readonly string[]).includes(name)) return { value: '' };
  if (name === 'environment') return 'environment';
  return `slack-${name}`;
}

/** `rollback: auto` (the pipeline's default) picks a provider; see rollbackProvider in config.ts. */
export const AUTO_ROLLBACK = 'auto';
