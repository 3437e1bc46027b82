import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageOf } from '../lib/errors.js';
import { DownloadError, downloadFile } from '../lib/download.js';
import { findOnPath } from '../lib/exec.js';
import type { Effects } from '../lib/action.js';
import { safeUrl } from '../lib/http.js';
import type { StepDeadline } from '../lib/step-deadline.js';
import type { RunnerCache } from './cache.js';
import { checksumFor, releaseAsset, releaseUrls } from './release.js';

/**
 * Finding or installing Trivy. A `trivy` on PATH is used as it is; otherwise the pinned version
 * comes from the runner's tool cache, or from the cache service, or is downloaded. Whatever was not
 * already in the tool cache is checked against the release's SHA-256 checksums (and `trivy-sha256`
 * when given) before it is extracted: a mismatch deletes the archive and fails, and it never runs.
 */

export interface InstallRequest {
  version: string;
  downloadUrl: string;
  pinnedSha256?: string;
  /** Where downloads go (under RUNNER_TEMP). */
  downloadDir: string;
  platform: string;
  arch: string;
  /** PATH to search for an installed trivy. */
  searchPath: string;
  cache: RunnerCache;
  log: (message: string) => void;
  /** The step's timeout: every wait here (checksums, archive, cache) ends with it. */
  deadline: StepDeadline;
  /** The action context's HTTP client (the checksums file). */
  http: Effects['http'];
}

/** Trivy's release archives are 40–60 MB; a body far beyond that is not Trivy. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

export interface InstalledTrivy {
  path: string;
  source: 'path' | 'tool-cache' | 'cache' | 'download';
}

export class ChecksumError extends Error {
  override name = 'ChecksumError';
}

export async function locateTrivy(request: InstallRequest): Promise<InstalledTrivy> {
  const onPath = findOnPath(request.platform === 'win32' ? 'trivy.exe' : 'trivy', request.searchPath);
  if (onPath) {
    request.log(`Using the trivy found on PATH: ${onPath} (trivy-version and trivy-sha256 apply only to a download).`);
    return { path: onPath, source: 'path' };
  }
  const asset = releaseAsset(request.version, request.platform, request.arch);
  const tc = await import('@actions/tool-cache');
  const cached = tc.find('trivy', request.version);
  if (cached) {
    request.log(`Using Trivy ${request.version} from the tool cache: ${cached}`);
    return { path: join(cached, asset.binary), source: 'tool-cache' };
  }

  const urls = releaseUrls(request.downloadUrl, request.version, asset);
  const archive = join(request.downloadDir, asset.archive);
  const checksums = join(request.downloadDir, 'checksums.txt');
  const cacheKey = `trivy-gate-bin-${asset.archive}`;
  const { deadline } = request;
  const restored =
    (await request.cache.restore([request.downloadDir], cacheKey, [], deadline.left())) &&
    existsSync(archive) &&
    existsSync(checksums);
  if (!restored) {
    mkdirSync(request.downloadDir, { recursive: true });
    writeFileSync(checksums, await fetchChecksums(urls.checksums, deadline, request.http));
    if (!checksumFor(readFileSync(checksums, 'utf8'), asset.archive)) {
      throw new ChecksumError(
        `The checksums file ${safeUrl(urls.checksums)} has no line for ${asset.archive}: ` +
          'refusing to install an archive that cannot be verified.',
      );
    }
    request.log(`Downloading ${safeUrl(urls.archive)}`);
    try {
      // Our downloader, not tool-cache's: its attempts and the waits between them end with the step's deadline.
      await downloadFile({
        url: urls.archive,
        destination: archive,
        maxBytes: MAX_ARCHIVE_BYTES,
        timeoutMs: deadline.left(),
        idleTimeoutMs: Math.min(60_000, deadline.cap(60_000)),
        signal: deadline.signal,
        onRetry: (notice) =>
          request.log(
            `Download of Trivy: ${notice.cause}; retrying in ${notice.delayMs} ms (attempt ${notice.attempt + 1}).`,
          ),
      });
    } catch (error) {
      throw new Error(
        error instanceof DownloadError
          ? messageOf(error)
          : `Could not download Trivy from ${safeUrl(urls.archive)}: ${messageOf(error)}`,
      );
    }
  }
  await verifyArchive(archive, asset.archive, readFileSync(checksums, 'utf8'), urls.checksums, request.pinnedSha256);
  request.log(
    `Verified ${asset.archive}: SHA-256 matches the release's ` +
      `checksums${request.pinnedSha256 ? ' and trivy-sha256' : ''}.`,
  );
  if (!restored) await request.cache.save([request.downloadDir], cacheKey);

  const extracted = asset.format === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
  if (!existsSync(join(extracted, asset.binary)))
    throw new Error(`The archive ${asset.archive} holds no ${asset.binary}.`);
  const installed = await tc.cacheDir(extracted, 'trivy', request.version);
  return { path: join(installed, asset.binary), source: restored ? 'cache' : 'download' };
}

/**
 * Compares the archive's SHA-256 with the release's published one (and the pinned one). On any
 * mismatch the archive is deleted before the error is thrown, so nothing can run it.
 */
export async function verifyArchive(
  archive: string,
  fileName: string,
  checksums: string,
  checksumsUrl: string,
  pinned?: string,
): Promise<void> {
  const actual = await sha256File(archive);
  const published = checksumFor(checksums, fileName);
  const problem =
    published === undefined
      ? `the checksums file ${safeUrl(checksumsUrl)} has no line for it`
      : actual !== published
        ? `its SHA-256 is ${actual} but the release's checksums file says ${published}`
        : pinned !== undefined && actual !== pinned.toLowerCase()
          ? `its SHA-256 is ${actual} but trivy-sha256 pins ${pinned.toLowerCase()}`
          : undefined;
  if (problem) {
    rmSync(archive, { force: true });
    throw new ChecksumError(
      `Refusing to run Trivy: ${fileName} failed verification (${problem}). ` +
        'The download may have been tampered with; it was deleted and never executed.',
    );
  }
}

/** SHA-256 of a file, streamed (Trivy archives are tens of MB). */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

async function fetchChecksums(url: string, deadline: StepDeadline, http: Effects['http']): Promise<string> {
  const response = await http({
    url,
    maxRedirects: 5,
    maxBodyBytes: 256 * 1024,
    timeoutMs: deadline.cap(30_000),
    retry: { retries: 3, minDelayMs: 1000, maxDelayMs: 8000, budgetMs: deadline.cap(30_000, 0) },
    signal: deadline.signal,
  });
  if (response.status !== 200) {
    throw new Error(
      `Could not fetch Trivy's checksums from ${safeUrl(url)} ` +
        `(HTTP ${response.status}): check trivy-version and download-url.`,
    );
  }
  return response.body;
}
