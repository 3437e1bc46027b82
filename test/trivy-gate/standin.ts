import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendText, startServer, type LoopbackServer } from '../support/server.js';
import { fixturePath } from './fixtures.js';

/**
 * A stand-in `trivy` for the scan path. It follows Trivy's CLI contract as the action uses it: it
 * records its argv (one argument per line) in $STANDIN_ARGV, writes the report named by `--output`
 * by copying a real `trivy --format json` report ($STANDIN_REPORT, one of
 * test/fixtures/trivy/json), and creates `<cache-dir>/db/metadata.json` as Trivy's DB download
 * does. $STANDIN_MODE scripts its failures: `crash` (exit 1 with Trivy's FATAL line), `killed`
 * (SIGKILL, as the OOM killer does), `silent` (exit 0, no report), `truncated` (half a report),
 * `hang` (never ends, as a Trivy stuck on its database download), `flood` (50 MB of log lines first).
 */
export const STANDIN_SCRIPT = `#!/bin/sh
[ -n "$STANDIN_ARGV" ] && printf '%s\\n' "$@" > "$STANDIN_ARGV"
[ -n "$STANDIN_RAN" ] && : > "$STANDIN_RAN"
output=""; cache=""; prev=""
for arg in "$@"; do
  [ "$prev" = "--output" ] && output="$arg"
  [ "$prev" = "--cache-dir" ] && cache="$arg"
  prev="$arg"
done
echo "2026-09-01T12:00:00Z	INFO	[vuln] Vulnerability scanning is enabled" >&2
case "$STANDIN_MODE" in
  crash)
    echo "2026-09-01T12:00:01Z	FATAL	Fatal error	run error: image scan error: unable to find the specified image" >&2
    exit 1 ;;
  killed) kill -9 $$ ;;
  silent) exit 0 ;;
  truncated) head -c 1500 "$STANDIN_REPORT" > "$output"; exit 0 ;;
  hang) sleep 3600 ;;
  flood) yes 'trivy says a lot: 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ' | head -c 52428800 ;;
esac
if [ -n "$cache" ]; then
  mkdir -p "$cache/db"
  echo '{"Version":2,"NextUpdate":"2099-01-01T00:00:00Z"}' > "$cache/db/metadata.json"
fi
cp "$STANDIN_REPORT" "$output"
`;

/** What a tampered release would ship: it leaves a mark if anything ever runs it. */
const TAMPERED_SCRIPT = `#!/bin/sh
: > "$STANDIN_TAMPERED_RAN"
exit 0
`;

/** A directory holding an executable `trivy` stand-in, to put on PATH. */
export function standinOnPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-trivy-path-'));
  writeFileSync(join(dir, 'trivy'), STANDIN_SCRIPT);
  chmodSync(join(dir, 'trivy'), 0o755);
  return dir;
}

/** `trivy_<version>_Linux-64bit.tar.gz` holding `trivy` (plus README and LICENSE, as the real one). */
export function buildArchive(script: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'dk-trivy-archive-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  writeFileSync(join(content, 'trivy'), script);
  chmodSync(join(content, 'trivy'), 0o755);
  writeFileSync(join(content, 'README.md'), '# Trivy (stand-in)\n');
  writeFileSync(join(content, 'LICENSE'), 'Apache-2.0\n');
  execFileSync('tar', ['-czf', join(dir, 'archive.tar.gz'), '-C', content, 'trivy', 'README.md', 'LICENSE']);
  return readFileSync(join(dir, 'archive.tar.gz'));
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface ReleaseServer extends LoopbackServer {
  archiveName: string;
  goodSha256: string;
}

/**
 * Trivy's GitHub release as a loopback server: `/v<version>/trivy_<version>_Linux-64bit.tar.gz` and
 * `/v<version>/trivy_<version>_checksums.txt` in sha256sum format, as goreleaser publishes them.
 * `tampered`: the archive served is not the one the checksums file describes.
 */
export async function startReleaseServer(
  version: string,
  options: { tampered?: boolean } = {},
): Promise<ReleaseServer> {
  const archiveName = `trivy_${version}_Linux-64bit.tar.gz`;
  const good = buildArchive(STANDIN_SCRIPT);
  const served = options.tampered ? buildArchive(TAMPERED_SCRIPT) : good;
  const checksums = [
    `${sha256('deb')}  trivy_${version}_Linux-64bit.deb`,
    `${sha256(good)}  ${archiveName}`,
    `${sha256('mac')}  trivy_${version}_macOS-ARM64.tar.gz`,
    '',
  ].join('\n');
  const server = await startServer((request, response) => {
    if (request.url === `/v${version}/trivy_${version}_checksums.txt`) return sendText(response, 200, checksums);
    if (request.url === `/v${version}/${archiveName}`) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(served.length) });
      response.end(served);
      return;
    }
    sendText(response, 404, 'Not Found');
  });
  return Object.assign(server, { archiveName, goodSha256: sha256(good) });
}

/**
 * The stand-in's environment for one scan: it copies `report` (a test/fixtures/trivy/json file) as
 * Trivy's report and records its argv in `argvFile`; `markers` is where it leaves marks.
 */
export function scanEnv(report: string, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dk-trivy-scan-'));
  return {
    argvFile: join(dir, 'argv'),
    markers: dir,
    env: {
      STANDIN_ARGV: join(dir, 'argv'),
      STANDIN_REPORT: fixturePath('json', report),
      STANDIN_TAMPERED_RAN: join(dir, 'tampered-ran'),
      ...extra,
    },
  };
}
