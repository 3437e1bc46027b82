import { Inputs } from '../src/lib/inputs.js';
import { readCheckConfig } from '../src/health-check/config.js';
import {
  CHECK_SUPPLIED,
  checkInput,
  deployInput,
  ROLLBACK_FALLBACKS,
  rollbackInput,
  slackInput,
} from '../src/pipeline/names.js';

/**
 * The root action.yml's inputs, computed from the three sub-actions' action.yml inputs with the
 * rules of src/pipeline/names.ts (scripts/pipeline-action.mjs writes them; a test checks they are
 * current). Build-time code: it lives here, not in src/, because no bundle uses it.
 */

export interface InputSpec {
  description: string;
  required?: boolean;
  default: string;
}

export type InputMap = Record<string, InputSpec>;

export interface SubActionInputs {
  deploy: InputMap;
  'health-check': InputMap;
  'slack-notify': InputMap;
}

/** The pipeline's own wording where an input means more (or less) than in its sub-action. */
const OVERRIDES: Record<string, Partial<InputSpec>> = {
  'health-url': {
    required: false,
    description:
      'The URL to check once the deploy succeeded, or several, one per line (checked at the same time; ' +
      'all must pass). Only http:// and https://. Empty: no health check and no rollback.',
  },
  rollback: {
    default: 'auto',
    description:
      'What to do when the release is unhealthy: `auto` (rollback-command when given, ' +
      "else the deploy's provider when health-check can roll it back, " +
      'else nothing), `none`, or a health-check rollback provider such as `command`.',
  },
  'rollback-to': {
    description:
      'The release to return to, given to a rollback command as ROLLBACK_TO. ' +
      "Empty: the deploy's previous-deployment-id.",
  },
  'github-token': {
    description:
      'Record a GitHub Deployment with this token, e.g. `${{ github.token }}` with `deployments: write`: ' +
      'an unhealthy release marks it `failure`, and a rollback is recorded as its own deployment (task ' +
      '`deploy:rollback`), so dora-metrics can count them. Empty: none. A token GitHub refuses only warns.',
  },
  'slack-webhook-url': {
    description:
      'Slack incoming webhook URL (a secret): one message with the verdict at the end. ' +
      'Empty, as on forks and Dependabot runs: no message.',
  },
  'slack-bot-token': {
    description:
      'Slack bot token (xoxb-…, a secret) with chat:write: posts "deploying…" to slack-channel at ' +
      'the start and updates that message in place with the verdict. Wins over slack-webhook-url.',
  },
  'slack-channel': {
    description:
      'Channel for slack-bot-token: an ID such as C0123456789, ' +
      'or a name such as #deploys (the update in place uses the ID Slack answers with).',
  },
  'slack-text': {
    description:
      'Extra text at the top of the Slack message, before the story the pipeline tells. ' +
      'Shown as written (<, > and & escaped).',
  },
  'slack-fields': {
    description:
      'Extra fields in the Slack message, one key=value per line, ' +
      "before the pipeline's own (Deployment, Health, Rollback).",
  },
  'slack-mention': {
    description:
      'Who to mention in Slack when the deploy fails or the release is unhealthy, ' +
      'comma or newline separated: here, channel, a member ID (U0123ABCD), a user group ID (S0123ABCD).',
  },
  'slack-fail-on-error': {
    description:
      'Fail the step when the Slack message cannot be sent. Default: ' +
      'a warning (the deploy and the health check decide the step).',
  },
};

export function pipelineInputs(sub: SubActionInputs): InputMap {
  const result: InputMap = {};
  const origin = new Map<string, string>();
  const add = (name: string, spec: InputSpec, from: string) => {
    if (result[name])
      throw new Error(
        `Pipeline input "${name}" would come from both ${origin.get(name)} ` +
          `and ${from}: change a rule in src/pipeline/names.ts.`,
      );
    result[name] = spec;
    origin.set(name, from);
  };
  /** An input two sub-actions read as one (the rollback's `service` is the deploy's). */
  const share = (name: string, spec: InputSpec, from: string, note: string) => {
    const existing = result[name]!;
    if (existing.default !== spec.default) {
      throw new Error(
        `Pipeline input "${name}" is shared by ${origin.get(name)} ` +
          `(default ${JSON.stringify(existing.default)}) ` +
          `and ${from} (default ${JSON.stringify(spec.default)}): the defaults must agree.`,
      );
    }
    existing.description = `${existing.description} ${note}`;
  };

  for (const [name, spec] of Object.entries(sub.deploy))
    add(deployInput(name), reworded(spec, sub.deploy, deployInput), `deploy's ${name}`);

  const health = sub['health-check'];
  const checking = checkInputNames(health);
  for (const [name, spec] of Object.entries(health)) {
    if (checking.has(name))
      add(
        checkInput(name),
        reworded(spec, health, (n) => (checking.has(n) ? checkInput(n) : rollbackInput(n))),
        `health-check's ${name}`,
      );
  }
  for (const [name, spec] of Object.entries(health)) {
    if (checking.has(name) || (CHECK_SUPPLIED as readonly string[]).includes(name)) continue;
    const target = rollbackInput(name);
    const text = reworded(spec, health, (n) => (checking.has(n) ? checkInput(n) : rollbackInput(n)));
    if (result[target] && origin.get(target)?.startsWith('deploy'))
      share(target, text, `health-check's ${name}`, 'Also used by the rollback.');
    else add(target, text, `health-check's ${name}`);
    const fallback = ROLLBACK_FALLBACKS[name];
    if (fallback && result[deployInput(fallback)])
      result[target]!.description += ` Empty: the value of ${deployInput(fallback)}.`;
  }

  const slack = sub['slack-notify'];
  const slackName = (n: string) => {
    const source = slackInput(n);
    return typeof source === 'string' ? source : n;
  };
  for (const [name, spec] of Object.entries(slack)) {
    const source = slackInput(name);
    if (typeof source !== 'string') continue;
    const text = reworded(spec, slack, slackName);
    if (result[source] && origin.get(source)?.startsWith('deploy'))
      share(source, text, `slack-notify's ${name}`, 'Also shown in the Slack message.');
    else add(source, text, `slack-notify's ${name}`);
  }

  for (const [name, override] of Object.entries(OVERRIDES)) {
    if (!result[name])
      throw new Error(`scripts/pipeline-action-inputs.ts overrides "${name}", which the pipeline no longer has.`);
    result[name] = { ...result[name]!, ...override };
    if (result[name]!.required === false) delete result[name]!.required;
  }
  return result;
}

/**
 * The health-check inputs that decide health: those `readCheckConfig` reads (given a URL, it reads
 * all of them). The pipeline reads them under `health-` names; the rest is the rollback's.
 */
export function checkInputNames(health: InputMap): Set<string> {
  const values: Record<string, string> = { url: 'http://127.0.0.1/health' };
  const inputs = new Inputs(
    (name) => values[name] ?? (health[name]?.default.includes('${{') ? '' : (health[name]?.default ?? '')),
  );
  readCheckConfig(inputs, () => '');
  return new Set(inputs.names);
}

/** A description that names a sibling input (`bot-token`) names it as the pipeline does (`slack-bot-token`). */
function reworded(spec: InputSpec, siblings: InputMap, rename: (name: string) => string): InputSpec {
  let description = spec.description.trim().replace(/\s*\n\s*/g, ' ');
  for (const name of Object.keys(siblings)) {
    if (!name.includes('-') || rename(name) === name) continue;
    description = description.replace(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, 'g'), rename(name));
  }
  return { description, ...(spec.required ? { required: true } : {}), default: String(spec.default ?? '') };
}
