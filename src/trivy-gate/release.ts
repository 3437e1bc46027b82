/**
 * Where Trivy's release assets are and how to check them, as pure functions. Asset names follow
 * Trivy's goreleaser configuration: `trivy_<version>_<OS>-<arch>.tar.gz` (`.zip` on Windows) beside
 * one `trivy_<version>_checksums.txt` in sha256sum format.
 */

/**
 * The default Trivy. v0.72.0 is the release trivy-action itself pins after the March 2026
 * compromise (its tags were force-pushed and Trivy v0.69.4's binaries were malicious), and the
 * release that produced the real reports this gate is tested against.
 */
export const DEFAULT_TRIVY_VERSION = '0.72.0';

/** Releases whose published binaries are known to be malicious: refused whatever the checksum says. */
export const COMPROMISED_VERSIONS: Readonly<Record<string, string>> = {
  '0.69.4': 'its release binaries were replaced with credential-stealing code in March 2026 (CVE-2026-33634)',
};

export const DEFAULT_DOWNLOAD_URL = 'https://github.com/aquasecurity/trivy/releases/download';

export interface ReleaseAsset {
  /** e.g. `trivy_0.72.0_Linux-64bit.tar.gz` */
  archive: string;
  format: 'tar.gz' | 'zip';
  /** The executable inside the archive. */
  binary: 'trivy' | 'trivy.exe';
}

const OS_NAMES: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'windows', freebsd: 'FreeBSD' };
const ARCH_NAMES: Record<string, string> = {
  x64: '64bit',
  ia32: '32bit',
  arm64: 'ARM64',
  arm: 'ARM',
  ppc64: 'PPC64LE',
  s390x: 's390x',
};

/** The asset for a Node platform and arch (`process.platform`, `process.arch`), or an error naming both. */
export function releaseAsset(version: string, platform: string, arch: string): ReleaseAsset {
  const os = OS_NAMES[platform];
  const cpu = ARCH_NAMES[arch];
  if (!os || !cpu)
    throw new Error(
      `Trivy publishes no release for ${platform}/${arch}: install it in an earlier step and put it on PATH.`,
    );
  const windows = platform === 'win32';
  return {
    archive: `trivy_${version}_${os}-${cpu}.${windows ? 'zip' : 'tar.gz'}`,
    format: windows ? 'zip' : 'tar.gz',
    binary: windows ? 'trivy.exe' : 'trivy',
  };
}

export function releaseUrls(
  baseUrl: string,
  version: string,
  asset: ReleaseAsset,
): { archive: string; checksums: string } {
  const base = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
  return { archive: `${base}/${asset.archive}`, checksums: `${base}/trivy_${version}_checksums.txt` };
}

/** The SHA-256 that a sha256sum-format file gives for `fileName` (lower case), or undefined. */
export function checksumFor(checksums: string, fileName: string): string | undefined {
  for (const line of checksums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (match && match[2] === fileName) return match[1]!.toLowerCase();
  }
  return undefined;
}
