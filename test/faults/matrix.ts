/**
 * The fault-and-abuse matrix (issue 12), declared as data: rows are faults and abuses, columns the
 * seven bundles. Each cell is either run (by cells.ts, through matrix.test.ts) with its time bound,
 * or not applicable with the reason. The README's Security table is generated from this file
 * (`npm run docs`), and a test checks that it is current. This file imports nothing, so that
 * scripts/docs.mjs can load it with Node's own TypeScript support.
 *
 * Every run cell asserts the same six things: the step ended within `limitMs` (wall clock, bundle
 * start to exit); its peak memory (GNU time's max RSS, children included) stayed under
 * `memoryMb`; the message is the true one (`expect`); every declared output was set; no secret,
 * in any form, is in stdout, stderr or any file the step wrote; and no line the action did not
 * write became a workflow command.
 */

export const ACTIONS = [
  'deploy',
  'health-check',
  'slack-notify',
  'trivy-gate',
  'eas-build',
  'migration-drift',
  'pipeline',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Row {
  id: string;
  kind: 'fault' | 'abuse';
  title: string;
}

export type Cell = { limitMs: number; memoryMb?: number; expect: string } | { na: string };

/**
 * Peak memory allowed when a cell does not say. Node alone is about 60 MB; the heaviest cells (a
 * CLI printing 50 MB, a 1 GB body) peaked at 75-155 MB here.
 */
export const DEFAULT_MEMORY_MB = 250;

export const ROWS: readonly Row[] = [
  { id: 'hang', kind: 'fault', title: 'A server that accepts and never answers' },
  { id: 'reset', kind: 'fault', title: 'Connection reset' },
  { id: 'flapping-5xx', kind: 'fault', title: '5xx flapping (503, then 200)' },
  { id: 'retry-after-1', kind: 'fault', title: '429 with Retry-After: 1' },
  { id: 'retry-after-3600', kind: 'fault', title: '429 with Retry-After: 3600' },
  { id: 'self-signed-tls', kind: 'fault', title: 'Self-signed TLS certificate' },
  { id: 'huge-body', kind: 'fault', title: 'A 1 GB body (streamed)' },
  { id: 'redirect-loop', kind: 'fault', title: 'Redirect loop' },
  { id: 'cross-host-redirect', kind: 'fault', title: 'Cross-host redirect carrying credentials' },
  { id: 'unresolvable', kind: 'fault', title: 'A name that does not resolve (`.invalid`)' },
  { id: 'cli-hangs', kind: 'fault', title: 'A CLI that hangs' },
  { id: 'cli-50mb', kind: 'fault', title: 'A CLI that prints 50 MB' },
  { id: 'truncated-download', kind: 'fault', title: 'A truncated download' },
  {
    id: 'secrets-everywhere',
    kind: 'abuse',
    title:
      'Secrets searched raw, trimmed, URL-encoded, JSON-escaped and ' +
      'base64 in stdout, stderr, GITHUB_* files and every file written',
  },
  { id: 'short-secret', kind: 'abuse', title: 'A secret of 3 characters (masked like any other)' },
  { id: 'delivered-no-answer', kind: 'fault', title: 'A POST received, then no answer (no duplicate sent)' },
  {
    id: 'workflow-commands',
    kind: 'abuse',
    title:
      '`::error::`, `::add-mask::`, `::set-env`, `::stop-commands::` in free-text inputs, ' +
      'event fields, report fields, HTTP bodies and child output',
  },
  { id: 'output-delimiters', kind: 'abuse', title: 'Output-delimiter collisions and multi-line values' },
  {
    id: 'shell-substitution',
    kind: 'abuse',
    title: '`$(…)` and backticks in every string input that could reach a shell',
  },
  { id: 'invalid-enum-duration', kind: 'abuse', title: 'Invalid enums and durations' },
  { id: 'empty-oversized', kind: 'abuse', title: 'Every input empty; a 100 KB input' },
  { id: 'outside-workspace', kind: 'abuse', title: 'Paths outside the workspace' },
];

const NO_HTTP_DRIFT = 'makes no HTTP request: its only network peer is the database, reached by the migration tool';
const NO_CHILD_SLACK = 'starts no process';
const NO_DOWNLOAD = 'downloads no file itself';

export const MATRIX: Readonly<Record<string, Readonly<Record<Action, Cell>>>> = {
  hang: {
    deploy: {
      limitMs: 12_000,
      expect:
        'GitHub API silent: the Deployment record is given up within ' +
        '`timeout` (3 s) with a warning; the deploy itself succeeds',
    },
    'health-check': {
      limitMs: 10_000,
      expect: 'unhealthy within `timeout` (3 s), each probe stopped at `request-timeout`',
    },
    'slack-notify': {
      limitMs: 12_000,
      expect: 'not sent: "no complete answer within 1 s", attempts counted; a warning (fail-on-error off)',
    },
    'trivy-gate': { limitMs: 10_000, expect: 'fails closed: `The 3.0 s "timeout" ran out while installing Trivy …`' },
    'eas-build': { limitMs: 18_000, expect: 'artifact download stopped by the 10 s `timeout`, named' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: {
      limitMs: 14_000,
      expect: 'health step unhealthy within `health-timeout` (3 s); the pipeline fails saying so',
    },
  },
  reset: {
    deploy: { limitMs: 12_000, expect: 'GitHub API resets: warning, deploy succeeds' },
    'health-check': { limitMs: 10_000, expect: 'unhealthy, the reset named' },
    'slack-notify': { limitMs: 15_000, expect: 'not sent; the failure named; attempts counted' },
    'trivy-gate': { limitMs: 10_000, expect: 'fails closed within `timeout`: the checksums could not be fetched' },
    'eas-build': {
      limitMs: 18_000,
      expect: 'the artifact could not be downloaded (reset or the 10 s `timeout`), named',
    },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'health step unhealthy, the pipeline fails saying so' },
  },
  'flapping-5xx': {
    deploy: { limitMs: 12_000, expect: 'GitHub API 503 then 200: the deploy succeeds (the record is best effort)' },
    'health-check': { limitMs: 10_000, expect: 'healthy once the 200 comes' },
    'slack-notify': { limitMs: 15_000, expect: 'sent after the 503, or said not sent naming the 503: never silent' },
    'trivy-gate': { limitMs: 12_000, expect: 'the retried download verifies and the gate judges the report' },
    'eas-build': { limitMs: 18_000, expect: 'the retried download completes' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'healthy once the 200 comes; the pipeline succeeds' },
  },
  'retry-after-1': {
    deploy: { limitMs: 12_000, expect: 'GitHub API 429: the deploy succeeds' },
    'health-check': { limitMs: 10_000, expect: 'healthy once the 200 comes' },
    'slack-notify': { limitMs: 12_000, expect: 'sent after waiting about 1 s' },
    'trivy-gate': { limitMs: 12_000, expect: 'the retried download verifies and the gate judges the report' },
    'eas-build': { limitMs: 18_000, expect: 'the retried download completes' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'Slack 429 then 200: notified' },
  },
  'retry-after-3600': {
    deploy: { limitMs: 12_000, expect: 'GitHub API 429 for an hour: warning, the deploy succeeds without waiting' },
    'health-check': { limitMs: 10_000, expect: 'unhealthy within `timeout` (3 s), never waiting an hour' },
    'slack-notify': { limitMs: 12_000, expect: 'not sent, rate limit named, no hour-long wait' },
    'trivy-gate': { limitMs: 10_000, expect: 'fails closed naming HTTP 429, no hour-long wait' },
    'eas-build': { limitMs: 18_000, expect: 'the download fails naming HTTP 429, no hour-long wait' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'Slack rate-limited: not notified, said so, no hour-long wait' },
  },
  'self-signed-tls': {
    deploy: { limitMs: 12_000, expect: 'GitHub API with a self-signed certificate: refused, warning, deploy succeeds' },
    'health-check': { limitMs: 10_000, expect: 'unhealthy, the certificate named (insecure is off)' },
    'slack-notify': { limitMs: 12_000, expect: 'not sent, the certificate problem named by its code' },
    'trivy-gate': { limitMs: 10_000, expect: 'fails closed: the certificate named' },
    'eas-build': { limitMs: 18_000, expect: 'the download fails, the certificate named' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'health step unhealthy, the certificate named' },
  },
  'huge-body': {
    deploy: { limitMs: 12_000, expect: 'GitHub API answers 1 GB: memory bounded, warning, deploy succeeds' },
    'health-check': { limitMs: 10_000, expect: 'only `max-body-bytes` read; the verdict stands' },
    'slack-notify': { limitMs: 12_000, expect: 'the answer read up to its bound; sent' },
    'trivy-gate': {
      limitMs: 10_000,
      expect: 'checksums file read up to 256 KB; fails closed: no line for the archive',
    },
    'eas-build': { limitMs: 18_000, expect: 'refused past `max-download-bytes`, named' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'health body read up to its bound; healthy' },
  },
  'redirect-loop': {
    deploy: { limitMs: 12_000, expect: 'GitHub API redirects forever: warning, deploy succeeds' },
    'health-check': { limitMs: 10_000, expect: 'unhealthy: too many redirects' },
    'slack-notify': { limitMs: 12_000, expect: 'not sent; the redirect named' },
    'trivy-gate': { limitMs: 10_000, expect: 'fails closed: too many redirects' },
    'eas-build': { limitMs: 18_000, expect: 'the download fails: too many redirects' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'health step unhealthy: too many redirects' },
  },
  'cross-host-redirect': {
    deploy: { limitMs: 12_000, expect: 'GitHub API redirects to another host: the token is not sent there' },
    'health-check': { limitMs: 10_000, expect: 'no `headers` value (Authorization, X-Api-Key) reaches the other host' },
    'slack-notify': { limitMs: 12_000, expect: 'the bot token never reaches the other host' },
    'trivy-gate': { limitMs: 10_000, expect: 'the mirror credentials never reach the other host' },
    'eas-build': {
      na: 'the artifact download carries no credential (the signed URL is the grant); EXPO_TOKEN goes only to eas-cli',
    },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'no `health-headers` value reaches the other host' },
  },
  unresolvable: {
    deploy: { limitMs: 12_000, expect: 'GitHub API host unknown: warning, deploy succeeds' },
    'health-check': { limitMs: 10_000, expect: 'unhealthy, the lookup failure named' },
    'slack-notify': { limitMs: 15_000, expect: 'not sent, the lookup failure named by its code' },
    'trivy-gate': { limitMs: 10_000, expect: 'fails closed: the host named' },
    'eas-build': { limitMs: 18_000, expect: 'the download fails, the host named' },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'health step unhealthy, the lookup failure named' },
  },
  'cli-hangs': {
    deploy: { limitMs: 10_000, expect: 'the command is stopped at `timeout` (2 s), said so' },
    'health-check': { limitMs: 14_000, expect: 'the rollback command is stopped at `rollback-timeout` (2 s), said so' },
    'slack-notify': { na: NO_CHILD_SLACK },
    'trivy-gate': { limitMs: 10_000, expect: 'Trivy stopped: `The 2.0 s "timeout" ran out while Trivy …`' },
    'eas-build': { limitMs: 18_000, expect: 'eas build stopped at `timeout` (10 s), said so' },
    'migration-drift': { limitMs: 10_000, expect: 'the drift command is stopped at `timeout` (2 s), said so' },
    pipeline: { limitMs: 10_000, expect: 'the deploy command is stopped at `timeout` (2 s), said so' },
  },
  'cli-50mb': {
    deploy: { limitMs: 60_000, expect: 'logged and captured with bounded memory; deployed' },
    'health-check': { limitMs: 60_000, expect: "the rollback command's 50 MB logged with bounded memory; rolled back" },
    'slack-notify': { na: NO_CHILD_SLACK },
    'trivy-gate': { limitMs: 60_000, expect: "Trivy's 50 MB logged with bounded memory; the report judged" },
    'eas-build': {
      limitMs: 60_000,
      expect: "eas-cli's 50 MB of messages logged with bounded memory; the build reported",
    },
    'migration-drift': { limitMs: 60_000, expect: "the drift command's 50 MB logged with bounded memory; passed" },
    pipeline: { limitMs: 60_000, expect: 'logged with bounded memory; deployed' },
  },
  'truncated-download': {
    deploy: { na: `${NO_DOWNLOAD}: provider CLIs come from npm, which checks each tarball's integrity` },
    'health-check': { na: `${NO_DOWNLOAD}: a body cut short is the connection-reset row` },
    'slack-notify': { na: NO_DOWNLOAD },
    'trivy-gate': {
      limitMs: 10_000,
      expect: 'fails closed: the truncated archive is never extracted; truncation or the `timeout` named',
    },
    'eas-build': { limitMs: 18_000, expect: 'the download fails: "truncated", no partial file left' },
    'migration-drift': { na: NO_DOWNLOAD },
    pipeline: { na: `${NO_DOWNLOAD} (as deploy)` },
  },
  'secrets-everywhere': {
    deploy: { limitMs: 10_000, expect: 'token, GitHub token: no form anywhere, though the command printed the token' },
    'health-check': {
      limitMs: 10_000,
      expect: "header values and the URL's credentials: no form anywhere, though the server echoed them",
    },
    'slack-notify': { limitMs: 10_000, expect: 'webhook URL and bot token: no form anywhere on a failed send' },
    'trivy-gate': {
      limitMs: 10_000,
      expect: 'mirror credentials and GitHub token: no form anywhere on a failed install',
    },
    'eas-build': { limitMs: 15_000, expect: 'EXPO_TOKEN: no form anywhere, though eas printed it' },
    'migration-drift': {
      limitMs: 10_000,
      expect: 'the database password: no form anywhere, though the command printed the URL',
    },
    pipeline: { limitMs: 14_000, expect: 'token, header values, webhook URL: no form anywhere' },
  },
  'short-secret': {
    deploy: { limitMs: 10_000, expect: '`token` of 3 characters: `::add-mask::` for it' },
    'health-check': { limitMs: 10_000, expect: 'a `headers` value of 3 characters: masked' },
    'slack-notify': { limitMs: 10_000, expect: '`bot-token` of 3 characters: masked before it is refused' },
    'trivy-gate': { limitMs: 10_000, expect: '`github-token` of 3 characters: masked' },
    'eas-build': { limitMs: 15_000, expect: '`token` of 3 characters: masked' },
    'migration-drift': { limitMs: 10_000, expect: '`github-token` of 3 characters: masked' },
    pipeline: { limitMs: 14_000, expect: '`token` of 3 characters: masked' },
  },
  'delivered-no-answer': {
    deploy: { limitMs: 12_000, expect: 'the GitHub Deployment POST is sent once, never repeated' },
    'health-check': { na: 'sends only GET probes, which repeat by design (the polling policy)' },
    'slack-notify': {
      limitMs: 12_000,
      expect: 'the webhook POST is sent once; the log says it may have been delivered',
    },
    'trivy-gate': { na: 'sends only GETs (downloads), safe to repeat' },
    'eas-build': { na: "sends only GETs (downloads), safe to repeat; the build itself is eas-cli's" },
    'migration-drift': { na: NO_HTTP_DRIFT },
    pipeline: { limitMs: 14_000, expect: 'the Slack POST is sent once' },
  },
  'workflow-commands': {
    deploy: { limitMs: 10_000, expect: "the command's output and the event's text stay inert" },
    'health-check': { limitMs: 10_000, expect: 'the response body and `expect-body` stay inert' },
    'slack-notify': {
      limitMs: 10_000,
      expect: "`text`, `title`, `fields`, event text and Slack's error answer stay inert",
    },
    'trivy-gate': { limitMs: 10_000, expect: 'report fields (PkgName, VulnerabilityID, Title) stay inert' },
    'eas-build': { limitMs: 15_000, expect: "eas-cli's messages, its JSON fields and `message` stay inert" },
    'migration-drift': { limitMs: 10_000, expect: "the drift command's output stays inert" },
    pipeline: { limitMs: 14_000, expect: "the command's output, the health body and `slack-text` stay inert" },
  },
  'output-delimiters': {
    deploy: {
      limitMs: 10_000,
      expect: 'reported outputs carrying `ghadelimiter_`/`<<EOF` stay one value; unknown names are not outputs',
    },
    'health-check': { limitMs: 10_000, expect: 'a multi-line body with delimiter lines stays inside `report`' },
    'slack-notify': { limitMs: 10_000, expect: 'a multi-line `ts` from the API is one value; no extra output or env' },
    'trivy-gate': { limitMs: 10_000, expect: 'a report path with a newline and `x<<EOF` round-trips as `report-path`' },
    'eas-build': { limitMs: 15_000, expect: 'a multi-line appVersion round-trips as `app-version`' },
    'migration-drift': { limitMs: 10_000, expect: 'delimiter text in the command stays inside `report`' },
    pipeline: { limitMs: 14_000, expect: 'reported outputs with delimiter text stay one value' },
  },
  'shell-substitution': {
    deploy: { limitMs: 10_000, expect: 'no substitution ran (environment, service, project, tag, environment-url)' },
    'health-check': { limitMs: 10_000, expect: 'no substitution ran (url query, headers, expect-body)' },
    'slack-notify': { limitMs: 10_000, expect: 'no substitution ran (text, title, fields, environment, mention)' },
    'trivy-gate': { limitMs: 10_000, expect: 'no substitution ran (scan-ref, allow)' },
    'eas-build': { limitMs: 15_000, expect: 'no substitution ran (message)' },
    'migration-drift': { limitMs: 10_000, expect: 'no substitution ran (command arguments, base-ref)' },
    pipeline: { limitMs: 14_000, expect: 'no substitution ran (environment, health-expect-body, slack-text)' },
  },
  'invalid-enum-duration': {
    deploy: {
      limitMs: 8_000,
      expect: '`Invalid "provider" value …` / `Invalid "timeout" value …`, naming the valid ones',
    },
    'health-check': { limitMs: 8_000, expect: '`method` and `timeout` refused, naming the input' },
    'slack-notify': { limitMs: 8_000, expect: '`status` and `timeout` refused, naming the input' },
    'trivy-gate': { limitMs: 8_000, expect: '`scan-type` and `timeout` refused, naming the input' },
    'eas-build': { limitMs: 8_000, expect: '`platform` and `timeout` refused, naming the input' },
    'migration-drift': { limitMs: 8_000, expect: '`tool` and `timeout` refused, naming the input' },
    pipeline: { limitMs: 8_000, expect: '`provider` and `health-timeout` refused, naming the input' },
  },
  'empty-oversized': {
    deploy: {
      limitMs: 10_000,
      expect: 'all empty: a sentence naming an input, no crash; 100 KB `environment`: handled',
    },
    'health-check': { limitMs: 10_000, expect: 'all empty: `url` named; 100 KB `expect-body`: handled' },
    'slack-notify': {
      limitMs: 10_000,
      expect: "all empty: skipped (no destination); 100 KB `text`: sent within Slack's limits",
    },
    'trivy-gate': { limitMs: 15_000, expect: 'all empty: a sentence, no crash; 100 KB `allow`: handled' },
    'eas-build': {
      limitMs: 15_000,
      expect: 'all empty: skipped or a sentence; 100 KB `message`: refused naming the input',
    },
    'migration-drift': {
      limitMs: 10_000,
      expect: 'all empty: a sentence naming an input, no crash; 100 KB `command`: handled',
    },
    pipeline: { limitMs: 14_000, expect: 'all empty: a sentence, no crash; 100 KB `slack-text`: handled' },
  },
  'outside-workspace': {
    deploy: {
      limitMs: 10_000,
      expect: '`working-directory` outside the workspace: used as given or named; nothing read from it is quoted',
    },
    'health-check': { limitMs: 10_000, expect: '`ca-cert: /etc/passwd`: refused naming the input, not quoted' },
    'slack-notify': { na: 'reads no file: every input is text' },
    'trivy-gate': { limitMs: 10_000, expect: '`report: /etc/passwd`: named, never quoted' },
    'eas-build': { limitMs: 15_000, expect: '`working-directory: /etc`: "No eas.json", nothing quoted' },
    'migration-drift': { limitMs: 10_000, expect: '`working-directory: /etc`: a sentence, nothing quoted' },
    pipeline: { limitMs: 14_000, expect: '`working-directory: /definitely/not/here`: named' },
  },
};

/**
 * Cells that today's main fails, because the fix belongs to another branch: the finding of issue
 * 12 that fixes each. The coordinator removes an entry once that branch is merged and the cell
 * passes; the matrix test runs these cells and expects them to fail until then (so an entry that is
 * no longer needed fails the suite too).
 */
export const PENDING_FIX: Readonly<Record<string, string>> = {};

export function cellKey(row: string, action: Action): string {
  return `${row}/${action}`;
}
