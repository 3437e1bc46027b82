import { asRecord } from '../lib/context.js';

/**
 * eas-cli's JSON, read as data. `eas build --json` prints an array of BuildFragment objects (one per
 * platform; `platform: all` gives two) with every null field left out, so everything but id, status
 * and platform is optional here. See ../../test/eas-build/fixtures/README.md for the shapes.
 */

export interface EasSubmission {
  id: string;
  status: string;
  platform: string;
  error?: { errorCode?: string; message?: string };
}

export interface EasBuild {
  id: string;
  /** NEW, IN_QUEUE, IN_PROGRESS, PENDING_CANCEL, ERRORED, FINISHED, CANCELED */
  status: string;
  /** ANDROID or IOS */
  platform: string;
  error?: { errorCode?: string; message?: string; docsUrl?: string };
  artifacts?: { buildUrl?: string; applicationArchiveUrl?: string };
  app?: { slug?: string; ownerAccount?: { name?: string } };
  buildProfile?: string;
  distribution?: string;
  appVersion?: string;
  appBuildVersion?: string;
  message?: string;
  submissions?: EasSubmission[];
}

/** eas-cli's stdout did not hold the builds' JSON. */
export class EasOutputError extends Error {
  override name = 'EasOutputError';
}

/** The builds in eas-cli's stdout. An object (`build:view`) reads as one build. */
export function parseBuilds(stdout: string): EasBuild[] {
  const text = stdout.trim();
  if (text === '') throw new EasOutputError('eas-cli printed no JSON on stdout');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EasOutputError(
      `eas-cli printed something that is not JSON on stdout: ${text.slice(0, 120).replace(/\s+/g, ' ')}`,
    );
  }
  const items = Array.isArray(json) ? json : [json];
  return items.map((item, index) => {
    const build = asRecord(item);
    if (
      !build ||
      typeof build['id'] !== 'string' ||
      typeof build['status'] !== 'string' ||
      typeof build['platform'] !== 'string'
    ) {
      throw new EasOutputError(`eas-cli's JSON item ${index + 1} is not a build (it needs id, status and platform)`);
    }
    return build as unknown as EasBuild;
  });
}

/** The build's page on expo.dev (logs, install QR code), as eas-cli prints it after "See logs:". */
export function buildPageUrl(build: EasBuild): string | undefined {
  const owner = build.app?.ownerAccount?.name;
  const slug = build.app?.slug;
  if (!owner || !slug) return undefined;
  const projectPage = `https://expo.dev/accounts/${encodeURIComponent(owner)}/projects/${encodeURIComponent(slug)}`;
  return `${projectPage}/builds/${encodeURIComponent(build.id)}`;
}

export function artifactUrl(build: EasBuild): string | undefined {
  return build.artifacts?.applicationArchiveUrl ?? build.artifacts?.buildUrl;
}

/** `IN_QUEUE` -> `in-queue`, as eas-cli's own `--status` filter spells it. */
export function statusName(status: string): string {
  return status.toLowerCase().replace(/_/g, '-');
}

export function platformName(platform: string): string {
  return platform.toLowerCase();
}

const STATUS_RANK = ['errored', 'canceled', 'pending-cancel', 'new', 'in-queue', 'in-progress', 'finished'];

/** Several builds' status (as statusName spells it) as one: the worst of them. */
export function overallStatus(statuses: readonly string[]): string {
  const rank = (status: string) => (STATUS_RANK.includes(status) ? STATUS_RANK.indexOf(status) : STATUS_RANK.length);
  return [...statuses].sort((a, b) => rank(a) - rank(b))[0] ?? '';
}

/**
 * Why the step fails, one sentence per problem, or [] when it succeeds. eas-cli exits 0 for a
 * CANCELED build and 1 for an ERRORED one; both fail the step here, with the build's error and the
 * link to its logs. A submission that did not finish (auto-submit) fails it too.
 */
export function buildFailures(builds: readonly EasBuild[]): string[] {
  const failures: string[] = [];
  for (const build of builds) {
    const platform = platformName(build.platform);
    const logs = buildPageUrl(build);
    const see = logs ? ` Logs: ${logs}` : '';
    if (build.status === 'ERRORED') {
      const code = build.error?.errorCode ? `${build.error.errorCode}: ` : '';
      const why = build.error?.message ?? 'no error message was reported';
      const docs = build.error?.docsUrl ? ` Docs: ${build.error.docsUrl}` : '';
      failures.push(`The ${platform} build ${build.id} ended ERRORED: ${code}${why}${see}${docs}`);
    } else if (build.status === 'CANCELED') {
      failures.push(`The ${platform} build ${build.id} was CANCELED before it finished.${see}`);
    }
    for (const submission of build.submissions ?? []) {
      if (submission.status === 'FINISHED') continue;
      const store = platform === 'ios' ? 'App Store Connect' : 'Google Play';
      const why = submission.error?.message
        ? `: ${submission.error.errorCode ? `${submission.error.errorCode}: ` : ''}${submission.error.message}`
        : '';
      failures.push(
        sentence(
          `The submission ${submission.id} of the ${platform} build to ${store} ended ${submission.status}${why}`,
        ),
      );
    }
  }
  return failures;
}

/** The text with one final period. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** What the step reports for one build: the `builds` output's items, also used by the summary. */
export interface BuildReport {
  id: string;
  platform: string;
  status: string;
  profile: string;
  buildUrl: string;
  artifactUrl: string;
  artifactPath: string;
  appVersion: string;
  appBuildVersion: string;
}

export function reportOf(build: EasBuild, profile: string, artifactPath = ''): BuildReport {
  return {
    id: build.id,
    platform: platformName(build.platform),
    status: statusName(build.status),
    profile: build.buildProfile ?? profile,
    buildUrl: buildPageUrl(build) ?? '',
    artifactUrl: build.status === 'FINISHED' ? (artifactUrl(build) ?? '') : '',
    artifactPath,
    appVersion: build.appVersion ?? '',
    appBuildVersion: build.appBuildVersion ?? '',
  };
}

/**
 * The file name a downloaded artifact gets: `<slug>-<platform>-<version>-<build>.<ext>`, e.g.
 * `acme-mobile-android-1.4.0-42.apk`, so that the files of one run are told apart in an artifact.
 */
export function artifactFileName(build: EasBuild): string {
  const url = artifactUrl(build) ?? '';
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // no usable URL: the name still gets a neutral extension
  }
  const extension = /\.(tar\.gz|apk|aab|ipa|zip)$/i.exec(path)?.[0]?.toLowerCase() ?? '.bin';
  const parts = [
    build.app?.slug ?? 'app',
    platformName(build.platform),
    build.appVersion,
    build.appBuildVersion,
  ].filter((part): part is string => Boolean(part));
  return `${parts.join('-').replace(/[^\w.-]+/g, '_')}${extension}`;
}
