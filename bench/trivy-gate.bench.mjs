// trivy-gate: gating a large Trivy report. Generates a ~50 MB SchemaVersion 2 report with 20,000
// findings from the real vulnerabilities in test/fixtures/trivy (IDs and packages varied), then
// times the bundle in report mode (severity HIGH, an ignore file) beside the same gate written as a
// jq one-liner (Debian's /usr/bin/jq) on the same file: wall time and peak RSS, medians of 5 runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionStep, readStep } from '../scripts/runner-step.mjs';
import { median, ms, NODE24, ROOT, section } from './lib.mjs';

const RUNS = 9;
const FINDINGS = 20_000;
const TARGET_BYTES = 50 * 1024 * 1024;
const work = join(ROOT, '.bench', 'trivy-gate');
mkdirSync(work, { recursive: true });
const reportPath = join(work, 'large-report.json');
const ignorePath = join(work, '.trivyignore');

/** The real Trivy reports recorded in the repository (test/fixtures/trivy). */
const TRIVY_FIXTURES = join(ROOT, 'test', 'fixtures', 'trivy');

/** Real vulnerabilities (every current-format and legacy image/repo fixture), as templates. */
function templates() {
  const dir = join(TRIVY_FIXTURES, 'json');
  const vulns = [];
  for (const file of readdirSync(dir)) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const result of report.Results ?? []) for (const v of result.Vulnerabilities ?? []) vulns.push(v);
  }
  return vulns;
}

function build(pool, base, extraRefs) {
  const results = [];
  for (let r = 0; r < 20; r++)
    results.push({
      Target: `usr/lib/layer-${r}`,
      Class: r % 2 ? 'lang-pkgs' : 'os-pkgs',
      Type: r % 2 ? 'npm' : 'debian',
      Vulnerabilities: [],
    });
  for (let i = 0; i < FINDINGS; i++) {
    const v = structuredClone(pool[i % pool.length]);
    v.VulnerabilityID = `CVE-2026-${String(10000 + i)}`;
    v.PkgName = `${v.PkgName}-${i % 97}`;
    v.References = [...(v.References ?? []), ...Array.from({ length: extraRefs }, (_, k) => refUrl(i, k))];
    results[i % 20].Vulnerabilities.push(v);
  }
  return JSON.stringify({ ...base, ArtifactName: 'ghcr.io/acme/bench:large', Results: results }, null, 2);
}

const refUrl = (i, k) => `https://security-tracker.debian.org/tracker/CVE-2026-${10000 + i}#ref-${k}`;

function generate() {
  const pool = templates();
  const base = JSON.parse(readFileSync(join(TRIVY_FIXTURES, 'json', 'image-debian-buster.json'), 'utf8'));
  // Pad References (real URLs of the same kind) until 20,000 findings make ~50 MB.
  const bare = build(pool, base, 0).length;
  const perRef = refUrl(10000, 10).length + 12; // quotes, comma, newline, indentation
  const extraRefs = Math.max(0, Math.round((TARGET_BYTES - bare) / FINDINGS / perRef));
  writeFileSync(reportPath, build(pool, base, extraRefs));
}

if (!existsSync(reportPath) || Math.abs(statSync(reportPath).size - TARGET_BYTES) > TARGET_BYTES * 0.15) generate();
// Ten accepted CVEs, in both tools' policy.
const ignored = Array.from({ length: 10 }, (_, k) => `CVE-2026-${10000 + k * 7}`);
writeFileSync(ignorePath, `${ignored.join('\n')}\n`);
const sizeMb = statSync(reportPath).size / 1024 / 1024;

/** Wall time, CPU time (user + system) and peak RSS (GNU time's %U %S %M) of one run. */
function measure(command, args, env) {
  const timeFile = join(work, 'time.txt');
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, command, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = performance.now() - started;
  if (result.error) throw result.error;
  const [user, system, rssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: (user + system) * 1000, rssMb: rssKb / 1024, stdout: result.stdout, status: result.status };
}

const gateInputs = {
  report: reportPath,
  severity: 'HIGH',
  'ignore-file': ignorePath,
  'sarif-output': join(work, 'gate.sarif'),
};
const jqFilter =
  '[.Results[]?.Vulnerabilities[]? | select((.Severity == "HIGH" or .Severity == "CRITICAL") ' +
  'and ((.VulnerabilityID | IN($ignored[])) | not))] | length';

let lastGate;
const runGate = () => {
  lastGate = actionStep('trivy-gate', gateInputs, { kind: 'bench-trivy-gate', workspace: work });
  return measure(NODE24, [join(ROOT, 'dist', 'trivy-gate', 'index.js')], lastGate.env);
};
const runJq = () =>
  measure('/usr/bin/jq', ['--argjson', 'ignored', JSON.stringify(ignored), jqFilter, reportPath], process.env);
// Alternate the two, after a warm-up of each, so that both see the same machine load.
runGate();
runJq();
const gateRuns = [];
const jqRuns = [];
for (let i = 0; i < RUNS; i++) {
  // Pair by pair, the side that goes first alternating; the ratios below are per pair.
  if (i % 2) {
    jqRuns.push(runJq());
    gateRuns.push(runGate());
  } else {
    gateRuns.push(runGate());
    jqRuns.push(runJq());
  }
}
const pairRatio = (key) => median(gateRuns.map((gate, i) => jqRuns[i][key] / gate[key]));
const { outputs } = readStep(lastGate.files);
const jqCount = Number(jqRuns[0].stdout.trim());
const gateCount = Number(outputs.critical) + Number(outputs.high);
if (gateCount !== jqCount)
  throw new Error(`the gate counted ${gateCount} HIGH/CRITICAL, jq ${jqCount}: not the same gate`);

const gateTime = median(gateRuns.map((r) => r.wall));
const jqTime = median(jqRuns.map((r) => r.wall));
const gateCpu = median(gateRuns.map((r) => r.cpu));
const jqCpu = median(jqRuns.map((r) => r.cpu));
const gateRss = median(gateRuns.map((r) => r.rssMb));
const jqRss = median(jqRuns.map((r) => r.rssMb));
const jqVersion = execFileSync('/usr/bin/jq', ['--version'], { encoding: 'utf8' }).trim();
section(
  'trivy-gate: gating a large report',
  `A generated ${sizeMb.toFixed(1)} MB Trivy JSON report with ${FINDINGS.toLocaleString('en')} ` +
    'vulnerabilities (real fixture entries, IDs varied), severity HIGH and 10 ignored CVEs. ' +
    'The bundle runs as the runner runs it (Node 24, report mode: parse, policy, summary, SARIF, outputs); ' +
    `the baseline is the same count as a ${jqVersion} one-liner. Both count ${jqCount} open ` +
    `HIGH/CRITICAL findings. ${RUNS} pairs after a warm-up, the side going first alternating; ` +
    'times are medians, ratios the median of the per-pair ratios; CPU time (user + system) ' +
    'and peak RSS from GNU time. The gate reads the report one finding at a time (src/trivy-gate/json-scan.ts).',
  ['', 'wall time', 'CPU time', 'peak RSS', 'exit'],
  [
    ['trivy-gate bundle', ms(gateTime), ms(gateCpu), `${gateRss.toFixed(0)} MB`, String(gateRuns[0].status)],
    [
      `jq: \`${jqFilter.slice(0, 60).replace(/\|/g, '\\|')}…\``,
      ms(jqTime),
      ms(jqCpu),
      `${jqRss.toFixed(0)} MB`,
      String(jqRuns[0].status),
    ],
    [
      'ratio jq / gate (median of per-pair ratios)',
      `${pairRatio('wall').toFixed(2)}×`,
      `${pairRatio('cpu').toFixed(2)}×`,
      `${pairRatio('rssMb').toFixed(2)}×`,
      '',
    ],
  ],
  [
    {
      met: pairRatio('wall') > 1,
      text:
        `faster than jq, paired (jq takes ${pairRatio('wall').toFixed(2)}× ` +
        `the gate's wall time; medians ${ms(gateTime)} vs ${ms(jqTime)})`,
    },
    { met: gateRss < 400, text: `peak memory under 400 MB (${gateRss.toFixed(0)} MB)` },
  ],
);
