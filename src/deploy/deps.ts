import { tmpdir } from 'node:os';
import type { ActionContext } from '../lib/action.js';
import type { DeployDeps } from './deploy.js';

/**
 * What `deploy(config, deps)` needs, from the action's context: its effects, its redacting log.
 * Shared with the pipeline.
 */
export function deployDeps(context: Pick<ActionContext, 'core' | 'env' | 'run' | 'secrets' | 'effects'>): DeployDeps {
  const { core, env, effects } = context;
  return {
    exec: effects.exec,
    clock: effects.clock,
    http: effects.http,
    run: context.run,
    redact: (text) => context.secrets.redact(text),
    log: { info: (line) => core.info(line), warning: (line) => core.warning(line) },
    searchPath: env['PATH'] ?? '',
    tempDir: env['RUNNER_TEMP'] || tmpdir(),
    workspace: context.run.workspace,
  };
}
