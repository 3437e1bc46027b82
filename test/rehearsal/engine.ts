import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isLiteral,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { Job, Step, WorkflowTemplate } from '@actions/workflow-parser/model/workflow-template';
import { type BundleResult, type BundleRun, ROOT, runBundle, runScript } from '../support/bundle.js';
import { thirdPartyAction } from './third-party.js';

/**
 * Runs a workflow file as GitHub would, job by job and step by step, on this machine: GitHub's own
 * parser (@actions/workflow-parser) reads the file, GitHub's own evaluator (@actions/expressions)
 * decides every `${{ }}` and `if:`; deploy-kit steps run their dist bundle through runBundle,
 * `run:` steps run with bash through runScript, other actions are recorded no-ops (third-party.ts).
 */

export interface Scenario {
  /** `push`, `pull_request`, `workflow_dispatch`, ... */
  event: string;
  ref: string;
  /** The event payload (github.event). */
  payload?: Record<string, unknown>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Secrets and variables of GitHub environments, over the repository's for a job with `environment:`. */
  environments?: Record<string, { secrets?: Record<string, string>; vars?: Record<string, string> }>;
  /** workflow_dispatch inputs (defaults from the workflow fill the rest). */
  inputs?: Record<string, string>;
  /** Environment every step's process gets (stand-in scripting, loopback proxy, ...). */
  env?: Record<string, string>;
  /**
   * Service containers the scenario runs for real (e.g. a PostgreSQL for `services: postgres`):
   * `job.services.<id>.ports` as GitHub sets it, container port -> host port.
   */
  services?: Record<string, { ports: Record<string, string> }>;
  /** Directories put in front of PATH for every step. */
  path?: string[];
  /** A directory actions/checkout copies into the job's workspace: the repository's files. */
  repository?: string;
  sha?: string;
  actor?: string;
  /** Repository owner/name (default acme/shop). */
  repo?: string;
}

export type Outcome = 'success' | 'failure' | 'skipped';

export interface StepRecord {
  /** The id in the workflow, or GitHub's generated one (`__run`, `__actions_checkout`). */
  id: string;
  /** What the table shows: the id if the workflow gives one, else the name, else uses/run. */
  label: string;
  kind: 'deploy-kit' | 'run' | 'action';
  uses?: string;
  outcome: Outcome;
  conclusion: Outcome;
  outputs: Record<string, string>;
  inputs: Record<string, string>;
  /** The `::notice::`, `::warning::` and `::error::` lines the step printed (message only). */
  annotations: string[];
  /** The reason of a failure (::error:: or the exit code). */
  failure?: string;
  result?: BundleResult;
}

export interface JobRecord {
  /** The job id, with the matrix values for a matrix leg: `deploy (backend)`. */
  key: string;
  id: string;
  result: Outcome;
  steps: StepRecord[];
  outputs: Record<string, string>;
  environment?: string;
  workspace?: string;
}

export interface Rehearsal {
  workflow: string;
  jobs: JobRecord[];
  job(key: string): JobRecord;
  step(jobKey: string, label: string): StepRecord;
  /** Per job: `{ result, steps: { label: conclusion } }`, for one toEqual over a whole run. */
  outcomes(): Record<string, { result: Outcome; steps: Record<string, Outcome> }>;
  /** The printed table: jobs × steps × outcome. */
  table(): string;
}

interface Loaded {
  template: WorkflowTemplate;
  root: TemplateToken;
}

const CONTEXTS = [
  'github',
  'env',
  'vars',
  'secrets',
  'steps',
  'needs',
  'job',
  'jobs',
  'runner',
  'inputs',
  'matrix',
  'strategy',
];

export async function loadWorkflow(file: string): Promise<Loaded> {
  const content = readFileSync(file, 'utf8');
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length || !parsed.value) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length) throw new Error(`${file}: ${template.errors.map((e) => e.Message).join('; ')}`);
  return { template, root: parsed.value };
}

// ---- expressions ----------------------------------------------------------------------------

type Json = unknown;

interface Status {
  /** success() for a step: no earlier step failed; for a job: every need succeeded. */
  success: boolean;
  failure: boolean;
}

function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function fromData(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Json;
}

/** Evaluates one expression (without `${{ }}`) with GitHub's evaluator. */
export function evaluate(
  expression: string,
  contexts: Record<string, Json>,
  status: Status = { success: true, failure: false },
): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const fn = (name: string, result: () => boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(result()),
  });
  const functions = [
    fn('success', () => status.success),
    fn('failure', () => status.failure),
    fn('always', () => true),
    fn('cancelled', () => false),
  ];
  const ast = new Parser(lexed.tokens, CONTEXTS, functions).parse();
  const context = toData(Object.fromEntries(CONTEXTS.map((name) => [name, contexts[name] ?? {}]))) as data.Dictionary;
  return new Evaluator(ast, context, new Map(functions.map((f) => [f.name.toLowerCase(), f]))).evaluate();
}

function truthy(value: data.ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Boolean:
      return (value as data.BooleanData).value;
    case data.Kind.Null:
      return false;
    case data.Kind.Number:
      return (value as data.NumberData).value !== 0 && !Number.isNaN((value as data.NumberData).value);
    case data.Kind.String:
      return (value as data.StringData).value !== '';
    default:
      return true;
  }
}

/** A template token (mapping, sequence, literal or expression) as a plain value, expressions evaluated. */
function valueOf(token: TemplateToken | undefined, contexts: Record<string, Json>): Json {
  if (!token) return undefined;
  if (isBasicExpression(token)) return fromData(evaluate(token.expression, contexts));
  if (isMapping(token)) {
    const out: Record<string, Json> = {};
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i);
      out[String(valueOf(pair.key, contexts))] = valueOf(pair.value, contexts);
    }
    return out;
  }
  if (isSequence(token)) {
    const out: Json[] = [];
    for (let i = 0; i < token.count; i++) out.push(valueOf(token.get(i), contexts));
    return out;
  }
  if (isLiteral(token)) return (token as unknown as { value: Json }).value ?? null;
  throw new Error(`cannot evaluate a ${token.constructor.name}`);
}

/** How the runner turns a value into an input or environment string. */
function asString(value: Json): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

function stringMap(token: TemplateToken | undefined, contexts: Record<string, Json>): Record<string, string> {
  const value = valueOf(token, contexts) as Record<string, Json> | undefined;
  return Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [k, asString(v)]));
}

/**
 * The raw mapping of a key in a mapping token (parts the converted template leaves out: `with:`,
 * `working-directory:`, `shell:`).
 */
function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (let i = 0; i < token.count; i++) {
    const pair = token.get(i);
    if (isString(pair.key) && pair.key.value === key) return pair.value;
  }
  return undefined;
}

function rawSteps(root: TemplateToken, jobId: string): TemplateToken[] {
  const steps = child(child(child(root, 'jobs'), jobId), 'steps');
  if (!steps || !isSequence(steps)) return [];
  return Array.from({ length: steps.count }, (_, i) => steps.get(i));
}

// ---- running --------------------------------------------------------------------------------

const OUR_ACTION = [/^\.\/actions\/([a-z-]+)$/, /^[\w.-]+\/deploy-kit\/actions\/([a-z-]+)@[\w.-]+$/];
const OUR_PIPELINE = [/^\.\/?$/, /^[\w.-]+\/deploy-kit@[\w.-]+$/];

export function deployKitAction(uses: string): string | undefined {
  for (const pattern of OUR_ACTION) {
    const match = pattern.exec(uses);
    if (match) return match[1];
  }
  return OUR_PIPELINE.some((pattern) => pattern.test(uses)) ? 'pipeline' : undefined;
}

const SHA = '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a';

export async function rehearse(file: string, scenario: Scenario): Promise<Rehearsal> {
  const { template, root } = await loadWorkflow(resolve(ROOT, file));
  const base = mkdtempSync(join(tmpdir(), 'dk-rehearse-'));
  const repo = scenario.repo ?? 'acme/shop';
  const refName = scenario.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge');
  const pullRequest = scenario.payload?.['pull_request'] as
    { head?: { ref?: string }; base?: { ref?: string } } | undefined;
  const inputs = { ...dispatchDefaults(template), ...scenario.inputs };
  const github: Record<string, Json> = {
    event_name: scenario.event,
    event: { ...scenario.payload, ...(scenario.event === 'workflow_dispatch' ? { inputs } : {}) },
    ref: scenario.ref,
    ref_name: refName,
    ref_type: scenario.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    head_ref: pullRequest?.head?.ref ?? '',
    base_ref: pullRequest?.base?.ref ?? '',
    sha: scenario.sha ?? SHA,
    repository: repo,
    repository_owner: repo.split('/')[0],
    actor: scenario.actor ?? 'octocat',
    triggering_actor: scenario.actor ?? 'octocat',
    run_id: '4242',
    run_number: '17',
    run_attempt: '1',
    server_url: 'https://github.com',
    api_url: 'http://127.0.0.1:9',
    workflow: String(file),
    // A fork's pull request still gets a (read-only) token.
    token: 'ghs_rehearsalTokenReadOnly000000000000',
  };
  const secrets = { GITHUB_TOKEN: github['token'] as string, ...scenario.secrets };
  const vars = scenario.vars ?? {};
  const workflowEnv = stringMap(template.env, { github, vars, secrets, inputs });

  const records: JobRecord[] = [];
  const done = new Map<string, { result: Outcome; outputs: Record<string, string> }>();
  const jobs = template.jobs.filter((job): job is Job => job.type === 'job');
  const pending = [...jobs];
  while (pending.length) {
    const index = pending.findIndex((job) => (job.needs ?? []).every((need) => done.has(need.value)));
    if (index < 0) throw new Error(`${file}: a needs: cycle among ${pending.map((job) => job.id.value).join(', ')}`);
    const [job] = pending.splice(index, 1) as [Job];
    const needs = Object.fromEntries((job.needs ?? []).map((need) => [need.value, done.get(need.value)!]));
    const needsFailed = Object.values(needs).some((need) => need.result !== 'success');
    const jobStatus: Status = {
      success: !needsFailed,
      failure: Object.values(needs).some((need) => need.result === 'failure'),
    };
    const jobContexts = { github, needs, vars, inputs };
    const runs = truthy(evaluate(job.if.expression, jobContexts, jobStatus));
    const legs = runs ? matrixLegs(job, jobContexts) : [undefined];
    const legResults: JobRecord[] = [];
    for (const matrix of legs) {
      const key = matrix ? `${job.id.value} (${Object.values(matrix).map(asString).join(', ')})` : job.id.value;
      if (!runs) {
        legResults.push({ key, id: job.id.value, result: 'skipped', steps: [], outputs: {} });
        continue;
      }
      legResults.push(await runJob(job, key, matrix ?? {}));
    }
    records.push(...legResults);
    const result: Outcome = legResults.some((leg) => leg.result === 'failure')
      ? 'failure'
      : legResults.every((leg) => leg.result === 'skipped')
        ? 'skipped'
        : 'success';
    done.set(job.id.value, { result, outputs: Object.assign({}, ...legResults.map((leg) => leg.outputs)) });
  }

  async function runJob(job: Job, key: string, matrix: Record<string, Json>): Promise<JobRecord> {
    const needs = Object.fromEntries((job.needs ?? []).map((need) => [need.value, done.get(need.value)!]));
    const workspace = join(base, key.replace(/[^\w.-]+/g, '_'), 'workspace');
    mkdirSync(workspace, { recursive: true });
    const runner = {
      os: 'Linux',
      arch: 'X64',
      name: 'GitHub Actions 1',
      temp: join(base, 'temp'),
      tool_cache: join(base, 'tool-cache'),
    };
    const record: JobRecord = { key, id: job.id.value, result: 'success', steps: [], outputs: {}, workspace };
    const stepsContext: Record<string, { outputs: Record<string, string>; outcome: Outcome; conclusion: Outcome }> = {};
    const environment = job.environment
      ? asString(valueOf(child(job.environment, 'name') ?? job.environment, { github, needs, vars, inputs, matrix }))
      : undefined;
    record.environment = environment;
    const scoped = environment ? scenario.environments?.[environment] : undefined;
    const jobSecrets = { ...secrets, ...scoped?.secrets };
    const jobVars = { ...vars, ...scoped?.vars };
    const jobContexts = () => ({
      github: { ...github, job: job.id.value, workspace },
      needs,
      vars: jobVars,
      secrets: jobSecrets,
      inputs,
      matrix,
      strategy: {},
      runner,
      steps: stepsContext,
      job: { status: record.result === 'failure' ? 'failure' : 'success', services: servicesOf(job) },
    });
    const jobEnv = { ...workflowEnv, ...stringMap(job.env, { ...jobContexts(), env: workflowEnv }) };
    const exported: Record<string, string> = {};
    const extraPath: string[] = [];
    const raws = rawSteps(root, job.id.value);
    const labels = new Map<string, number>();

    for (const [index, step] of job.steps.entries()) {
      const raw = raws[index];
      const contexts = { ...jobContexts(), env: { ...jobEnv, ...exported } };
      const stepEnv = { ...jobEnv, ...exported, ...stringMap((step as { env?: TemplateToken }).env, contexts) };
      const uses = 'uses' in step ? step.uses.value : undefined;
      let label = displayLabel(step, raw);
      labels.set(label, (labels.get(label) ?? 0) + 1);
      if (labels.get(label)! > 1) label = `${label} #${labels.get(label)}`;
      const entry: StepRecord = {
        id: step.id,
        label,
        kind: uses === undefined ? 'run' : deployKitAction(uses) ? 'deploy-kit' : 'action',
        uses,
        outcome: 'skipped',
        conclusion: 'skipped',
        outputs: {},
        inputs: {},
        annotations: [],
      };
      record.steps.push(entry);
      const failed = record.result === 'failure';
      const stepIf = (step as { if?: { expression: string } }).if?.expression ?? 'success()';
      if (!truthy(evaluate(stepIf, { ...contexts, env: stepEnv }, { success: !failed, failure: failed }))) {
        stepsContext[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        continue;
      }
      const withValues = stringMap(child(raw, 'with'), { ...contexts, env: stepEnv });
      entry.inputs = withValues;
      const run: BundleRun = {
        cwd: workspace,
        eventName: scenario.event,
        event: github['event'] as Record<string, unknown>,
        path: [...extraPath, ...(scenario.path ?? [])],
        timeoutMs: 120_000,
        env: {
          ...scenario.env,
          ...stepEnv,
          GITHUB_REPOSITORY: repo,
          GITHUB_REPOSITORY_OWNER: repo.split('/')[0]!,
          GITHUB_SHA: github['sha'] as string,
          GITHUB_REF: scenario.ref,
          GITHUB_REF_NAME: refName,
          GITHUB_REF_TYPE: github['ref_type'] as string,
          GITHUB_HEAD_REF: github['head_ref'] as string,
          GITHUB_BASE_REF: github['base_ref'] as string,
          GITHUB_ACTOR: github['actor'] as string,
          GITHUB_JOB: job.id.value,
          GITHUB_WORKFLOW: String(file),
          GITHUB_WORKSPACE: workspace,
        },
        evaluate: (expression) =>
          asString(
            fromData(evaluate(expression, { ...contexts, env: stepEnv }, { success: !failed, failure: failed })),
          ),
      };
      let result: BundleResult | undefined;
      let outcome: Outcome;
      if (uses === undefined) {
        const script = asString(valueOf((step as { run: TemplateToken }).run, { ...contexts, env: stepEnv }));
        const shell = asString(valueOf(child(raw, 'shell'), contexts));
        if (shell && shell !== 'bash') throw new Error(`${file}: ${key}: shell ${shell} is not rehearsed`);
        const directory = asString(
          valueOf(
            child(raw, 'working-directory') ??
              child(child(child(child(child(root, 'jobs'), job.id.value), 'defaults'), 'run'), 'working-directory'),
            contexts,
          ),
        );
        result = await runScript(script, {
          ...run,
          cwd: directory ? join(workspace, directory) : workspace,
          env: { ...run.env },
        });
        outcome = result.exitCode === 0 ? 'success' : 'failure';
        entry.failure =
          outcome === 'failure'
            ? (result.failure ?? `Process completed with exit code ${result.exitCode}.`)
            : undefined;
      } else if (entry.kind === 'deploy-kit') {
        result = await runBundle(deployKitAction(uses)!, { ...run, inputs: withValues });
        outcome = result.exitCode === 0 ? 'success' : 'failure';
        entry.failure = result.failure;
      } else {
        const answer = thirdPartyAction(uses, withValues, {
          workspace,
          repository: scenario.repository,
          env: stepEnv,
          github,
        });
        outcome = answer.failure ? 'failure' : 'success';
        entry.outputs = answer.outputs;
        entry.failure = answer.failure;
        entry.annotations = answer.failure ? [`error: ${answer.failure}`] : [];
      }
      if (result) {
        entry.result = result;
        entry.outputs = result.outputs;
        entry.annotations = [...result.stdout.matchAll(/^::(notice|warning|error)[^:]*::(.*)$/gm)].map(
          (m) => `${m[1]}: ${m[2]}`,
        );
        Object.assign(exported, result.exportedEnv);
        extraPath.unshift(...result.path);
      }
      // The converter gives a literal `continue-on-error` as a boolean, an expression as a token.
      const rawContinue = (step as { 'continue-on-error'?: boolean | TemplateToken })['continue-on-error'];
      const continueOnError =
        typeof rawContinue === 'boolean' ? rawContinue : asString(valueOf(rawContinue, contexts)) === 'true';
      entry.outcome = outcome;
      entry.conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
      stepsContext[step.id] = { outputs: entry.outputs, outcome: entry.outcome, conclusion: entry.conclusion };
      if (entry.conclusion === 'failure') record.result = 'failure';
    }
    record.outputs = stringMap(job.outputs, { ...jobContexts(), env: jobEnv });
    return record;
  }

  /** The job's `services:` that the scenario provides, by id (GitHub's job.services context). */
  function servicesOf(job: Job): Record<string, { ports: Record<string, string> }> {
    const declared = valueOf(job.services, { github, vars, inputs }) as Record<string, unknown> | undefined;
    return Object.fromEntries(Object.keys(declared ?? {}).map((id) => [id, scenario.services?.[id] ?? { ports: {} }]));
  }

  return report(file, records);
}

function dispatchDefaults(template: WorkflowTemplate): Record<string, string> {
  const inputs = template.events.workflow_dispatch?.inputs ?? {};
  return Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, asString(input.default ?? '')]));
}

function matrixLegs(job: Job, contexts: Record<string, Json>): (Record<string, Json> | undefined)[] {
  const strategy = valueOf(job.strategy, contexts) as { matrix?: Record<string, Json> } | undefined;
  if (!strategy?.matrix) return [undefined];
  const { include, exclude, ...axes } = strategy.matrix as {
    include?: Record<string, Json>[];
    exclude?: Record<string, Json>[];
  } & Record<string, Json[]>;
  let legs: Record<string, Json>[] = [{}];
  for (const [name, values] of Object.entries(axes))
    legs = legs.flatMap((leg) => (values as Json[]).map((value) => ({ ...leg, [name]: value })));
  if (Object.keys(axes).length === 0) legs = [];
  const matches = (leg: Record<string, Json>, filter: Record<string, Json>) =>
    Object.entries(filter).every(([k, v]) => JSON.stringify(leg[k]) === JSON.stringify(v));
  legs = legs.filter((leg) => !(exclude ?? []).some((filter) => matches(leg, filter)));
  for (const extra of include ?? []) {
    const axisPart = Object.fromEntries(Object.entries(extra).filter(([k]) => k in axes));
    const hits = legs.filter((leg) => Object.keys(axisPart).length > 0 && matches(leg, axisPart));
    if (hits.length) for (const leg of hits) Object.assign(leg, extra);
    else legs.push({ ...extra });
  }
  return legs;
}

function displayLabel(step: Step, raw: TemplateToken | undefined): string {
  if (!step.id.startsWith('__')) return step.id;
  const name = child(raw, 'name');
  if (name && isString(name)) return name.value;
  if ('uses' in step) return step.uses.value.replace(/@.*$/, '');
  if ('run' in step) {
    const text = isString(step.run) ? step.run.value : step.run.toString();
    return `run: ${text.split('\n')[0]!.slice(0, 50)}`;
  }
  return step.id;
}

const SYMBOL: Record<Outcome, string> = { success: '✓ success', failure: '✗ failure', skipped: '- skipped' };

function report(workflow: string, jobs: JobRecord[]): Rehearsal {
  const job = (key: string) => {
    const found = jobs.find((j) => j.key === key);
    if (!found) throw new Error(`${workflow}: no job ${key} (jobs: ${jobs.map((j) => j.key).join(', ')})`);
    return found;
  };
  return {
    workflow,
    jobs,
    job,
    step(jobKey, label) {
      const found = job(jobKey).steps.find((s) => s.label === label || s.id === label);
      if (!found)
        throw new Error(
          `${workflow}: job ${jobKey} has no step ${label} (steps: ${job(jobKey)
            .steps.map((s) => s.label)
            .join(', ')})`,
        );
      return found;
    },
    outcomes() {
      return Object.fromEntries(
        jobs.map((j) => [
          j.key,
          { result: j.result, steps: Object.fromEntries(j.steps.map((s) => [s.label, s.conclusion])) },
        ]),
      );
    },
    table() {
      const rows: string[][] = [];
      for (const j of jobs) {
        rows.push([j.key, '', SYMBOL[j.result]]);
        for (const s of j.steps) {
          const why =
            s.conclusion === 'failure'
              ? s.failure
              : s.annotations.find((a) => a.startsWith('notice'))?.replace(/^notice: /, '');
          rows.push(['', s.label, SYMBOL[s.conclusion] + (why ? ` (${why.replace(/\s+/g, ' ').slice(0, 400)})` : '')]);
        }
      }
      const head = ['job', 'step', 'outcome'];
      // The outcome column (with the reason) is left unpadded: it is the long one.
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c)).join(' | ')} |`;
      return [line(head), `|${widths.map((w, i) => '-'.repeat(i < 2 ? w + 2 : 9)).join('|')}|`, ...rows.map(line)].join(
        '\n',
      );
    },
  };
}
