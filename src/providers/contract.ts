import type { ExecRequest, ExecResult } from '../lib/exec.js';
import type { HttpRequest, HttpResponse } from '../lib/http.js';
import type { Inputs } from '../lib/inputs.js';
import type { Clock, Deadline } from '../lib/poll.js';

/**
 * The one contract every provider (src/providers/<name>/) implements and the two consumers
 * (actions/deploy and health-check's rollback) call. It is a leaf: it imports only types from
 * src/lib, and neither providers nor consumers import each other's contracts, so the import graph
 * has no cycle (test/import-cycles.test.ts checks it).
 *
 * Terms:
 * - target: one provider's validated inputs for a deploy (`RailwayTarget`) or a rollback
 *   (`RailwayRollback`), declared in that provider's inputs.ts, each with a `provider` tag.
 * - deadline: the operation's whole budget (deploy `timeout`, `rollback-timeout`). Every process
 *   and every HTTP request a provider starts is bounded by min(its own cap, time left).
 */

/** The effects a provider may use, injected: the actions pass the real ones, tests their own. */
export interface ProviderDeps {
  exec: (request: ExecRequest) => Promise<ExecResult>;
  clock: Clock;
  log: { info(line: string): void; warning(line: string): void };
  /** Removes every known secret from text we write. */
  redact: (text: string) => string;
  /** Scratch space (RUNNER_TEMP): temp files with keys and credentials, CLI installs. */
  tempDir: string;
  /** The run's PATH, searched for CLIs before installing them. */
  searchPath: string;
  /** The HTTP transport (the action context's). Providers call `ProviderRun.http`, which bounds it by the deadline. */
  http: (request: HttpRequest) => Promise<HttpResponse>;
}

/** An HTTP request whose timeout the deadline sets: min(per-request cap, time left), at least 1 s. */
export type DeadlineHttp = (request: Omit<HttpRequest, 'timeoutMs'>) => Promise<HttpResponse>;

/** What every provider operation is given: the effects, and one deadline for all of it. */
export interface ProviderRun {
  deps: ProviderDeps;
  deadline: Deadline;
  /** Milliseconds left of the budget, at least one second (so a late step still gets its answer or its error). */
  remainingMs(): number;
  http: DeadlineHttp;
  /** How often a provider polls a deployment's or a rollback's progress. */
  pollIntervalMs: number;
}

/** What a deploy has learnt so far: kept when it fails half-way (e.g. the id of a failed build). */
export interface Progress {
  deploymentId?: string | undefined;
  previousDeploymentId?: string | undefined;
  url?: string | undefined;
  status?: string | undefined;
}

export interface DeployRun extends ProviderRun {
  /** Filled in as the deploy learns it; the consumer reads it whether the deploy succeeds or throws. */
  progress: Progress;
  /** The deploy environment (Railway environment, GitHub Deployment environment, DEPLOY_ENVIRONMENT). */
  environment?: string | undefined;
  /** The working-directory input as given: relative to `workspace` unless absolute. */
  workingDirectory: string;
  /** The step's workspace (GITHUB_WORKSPACE), not this process's working directory. */
  workspace: string;
  /** DEPLOY_* variables describing the run, for commands and scripts. */
  contextEnv: Record<string, string>;
}

export interface DeployProvider<T extends { provider: string }> {
  /** Deploys `target`, recording in `run.progress` as it goes; a failure throws one sentence. */
  deploy(target: T, run: DeployRun): Promise<void>;
}

/** What every rollback target carries besides its provider's inputs. */
export interface RollbackCommon {
  /** The release to return to (e.g. the deploy action's previous-deployment-id). */
  to?: string;
  timeoutMs: number;
  /** Check health again after a rollback that reported success. */
  verify: boolean;
}

export interface RollbackRun extends ProviderRun {
  /** Why the release was judged unhealthy, one line, secrets redacted. */
  reason: string;
  /** The health report (the `report` output), JSON, secrets redacted. */
  reportJson: string;
}

export interface RollbackOutcome {
  /** The provider did what it was asked; never true on an error, a timeout or an unknown state. */
  ok: boolean;
  /**
   * What happened, as a phrase that follows the description: `exited with code 1 (curl: (22) …)`,
   * `timed out after 300000 ms and was stopped`, `was accepted in 1.2 s`.
   */
  detail: string;
  durationMs: number;
  /** Something the team must know after this rollback, for the summary (e.g. Vercel's auto-assignment is off). */
  note?: string;
}

export interface RollbackProvider<C extends RollbackCommon & { provider: string }> {
  /** What rolls back, as a noun phrase: `the rollback command (ROLLBACK_TO=dep_41)`. */
  describe(config: C): string;
  /** Rolls back and reports honestly whether it worked; a throw counts as failure. */
  rollback(config: C, run: RollbackRun): Promise<RollbackOutcome>;
}

/** What a deploy's config reader has read before the provider reads its own inputs. */
export interface DeployGiven {
  /** The gated secret: the value of the gate's input (`token`, or `ssh-key` for ssh). */
  secret: string;
  /** The `token` input, for a provider whose gate is another input (ssh's optional extra secret). */
  token?: string | undefined;
  /** The deploy environment (the `environment` input). */
  environment?: string | undefined;
  /** owner/name of the repository (default names, e.g. the compose project). */
  repo: string;
}

/** What health-check's config reader has read before the provider reads its own rollback inputs. */
export interface RollbackGiven {
  /** `rollback-token`; throws the ConfigError that says what it should be when it is empty. */
  token(): string;
  /** `rollback-command` (command and ssh run it). */
  command?: string | undefined;
  common: RollbackCommon;
  repo: string;
}

/** How a provider reads its inputs (its inputs.ts): the same names, meanings and errors for deploy and rollback. */
export interface ProviderInputs<T extends { provider: string }, R extends RollbackCommon & { provider: string }> {
  /**
   * The secret a deploy is gated on, for the skip notice and the require-token error. Read before
   * the other inputs (it may depend on one, e.g. railway-token-kind), so that a run without the
   * secret (a fork) reads nothing more.
   */
  deployGate(inputs: Inputs): ProviderGate;
  /** The validated deploy target, once the gate is open. */
  readDeployTarget(inputs: Inputs, given: DeployGiven): T;
  /** What `rollback-token` is for this provider (for the error when it is missing); absent when it takes none. */
  readonly rollbackToken?: string;
  readRollbackTarget(inputs: Inputs, given: RollbackGiven): R;
}

/** One provider: what src/providers/<name>/index.ts exports and the registry lists. */
export interface Provider<T extends { provider: string }, R extends RollbackCommon & { provider: string }>
  extends ProviderInputs<T, R>, DeployProvider<T>, RollbackProvider<R> {
  readonly name: T['provider'] & R['provider'];
}

/** Which input holds a deploy's secret, the secret's usual name, and what it unlocks (lib/gate.ts words the notice). */
export interface ProviderGate {
  input: string;
  secretName: string;
  what: string;
}
