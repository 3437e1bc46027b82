import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { group, type ActionContext } from '../lib/action.js';
import { stepDeadline } from '../lib/step-deadline.js';
import { dbCacheKeys, RunnerCache } from './cache.js';
import type { ScanSource } from './config.js';
import { locateTrivy } from './install.js';
import { runTrivy } from './trivy.js';

/**
 * The scan path: Trivy (found or installed and verified), its database restored from the cache,
 * one run writing a JSON report, the database saved for the next run. Returns the report's path.
 * The `timeout` input bounds all of it, and running out says which phase it was.
 */
export async function scanWithTrivy(
  context: Pick<ActionContext, 'core' | 'secrets' | 'effects'>,
  source: ScanSource,
  dirs: { tempDir: string; searchPath: string },
  now: Date,
): Promise<string> {
  const { core } = context;
  const deadline = stepDeadline(
    source.timeoutMs,
    'timeout',
    'installing Trivy (checksums and archive), restoring its database, the database update and the scan',
    context.effects.clock,
  );
  const cache = new RunnerCache(
    source.cache,
    (message) => core.warning(message),
    (message) => core.info(message),
  );
  const trivy = await group(core, `Trivy ${source.trivyVersion}`, () =>
    deadline.phase(`installing Trivy ${source.trivyVersion}`, () =>
      locateTrivy({
        version: source.trivyVersion,
        downloadUrl: source.downloadUrl,
        ...(source.trivySha256 ? { pinnedSha256: source.trivySha256 } : {}),
        downloadDir: join(dirs.tempDir, `trivy-gate-download-${source.trivyVersion}`),
        platform: process.platform,
        arch: process.arch,
        searchPath: dirs.searchPath,
        cache,
        log: (message) => core.info(message),
        deadline,
        http: context.effects.http,
      }),
    ),
  );

  const cacheDir = join(dirs.tempDir, 'trivy-gate-cache');
  mkdirSync(cacheDir, { recursive: true });
  // The vulnerability DB, the Java DB and the checks bundle: what Trivy downloads on a cold run.
  const cached = ['db', 'java-db', 'policy'].map((name) => join(cacheDir, name));
  const keys = dbCacheKeys(now, `${process.platform}-${process.arch}`);
  const restored = await deadline.phase("restoring Trivy's database from the cache", () =>
    cache.restore(cached, keys.key, keys.restoreKeys, deadline.left()),
  );

  const workDir = mkdtempSync(join(dirs.tempDir, 'trivy-gate-'));
  const reportPath = join(workDir, 'trivy-report.json');
  await group(core, `trivy ${source.scanType} ${source.target}`, () =>
    deadline.phase(restored === keys.key ? 'Trivy scanned' : 'Trivy updated its database and scanned', () =>
      runTrivy(
        trivy.path,
        {
          scanType: source.scanType,
          target: source.target,
          scanners: source.scanners,
          reportPath,
          cacheDir,
          noIgnoreFile: join(workDir, 'no-ignore-file'),
          timeoutMs: deadline.cap(source.timeoutMs),
          skipUpdates: restored === keys.key,
        },
        { log: (line) => core.info(line), redact: (text) => context.secrets.redact(text), exec: context.effects.exec },
      ),
    ),
  );
  if (restored !== keys.key) await cache.save(cached, keys.key);
  return reportPath;
}
