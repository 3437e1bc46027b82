#!/usr/bin/env node
// Moves the floating tags of a release: after `vX.Y.Z` is pushed, `vX` and `vX.Y` point at the
// same commit. A tag only moves forward: a patch to an older line (v1.2.4 after v1.3.0 exists)
// moves v1.2 but leaves v1 on v1.3.0. Pre-releases (v2.0.0-rc.1) move nothing.
//
//   node scripts/move-tags.mjs v1.2.3 [--remote origin] [--dry-run]
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import semver from 'semver';

/** Which floating tags a release moves, given every tag in the repository. Pure. */
export function planTagMoves(releaseTag, allTags) {
  if (!/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(releaseTag) || !semver.valid(releaseTag)) {
    throw new Error(`"${releaseTag}" is not a release tag: expected vMAJOR.MINOR.PATCH, e.g. v1.4.2`);
  }
  const version = semver.parse(releaseTag);
  if (version.prerelease.length)
    return [{ tag: null, move: false, why: `${releaseTag} is a pre-release: no floating tag moves` }];
  const releases = allTags.filter((t) => /^v\d+\.\d+\.\d+$/.test(t)).map((t) => semver.parse(t));
  const newestIn = (filter) =>
    releases.filter(filter).reduce((best, v) => (best && semver.gt(best, v) ? best : v), version);
  const plans = [];
  const newestMajor = newestIn((v) => v.major === version.major);
  plans.push(
    semver.eq(newestMajor, version)
      ? { tag: `v${version.major}`, move: true, why: `newest release of v${version.major}` }
      : { tag: `v${version.major}`, move: false, why: `v${newestMajor.version} is newer` },
  );
  const newestMinor = newestIn((v) => v.major === version.major && v.minor === version.minor);
  plans.push(
    semver.eq(newestMinor, version)
      ? {
          tag: `v${version.major}.${version.minor}`,
          move: true,
          why: `newest release of v${version.major}.${version.minor}`,
        }
      : { tag: `v${version.major}.${version.minor}`, move: false, why: `v${newestMinor.version} is newer` },
  );
  return plans;
}

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function moveTags({ releaseTag, remote = 'origin', dryRun = false, cwd = process.cwd(), log = console.log }) {
  const plans = planTagMoves(releaseTag, git(['tag', '--list', 'v*'], cwd).split('\n').filter(Boolean));
  let commit;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `refs/tags/${releaseTag}^{commit}`], cwd);
  } catch {
    throw new Error(`tag ${releaseTag} does not exist in this repository: push it first`);
  }
  for (const plan of plans) {
    if (!plan.move) {
      log(`${plan.tag ?? releaseTag}: not moved (${plan.why})`);
      continue;
    }
    log(`${plan.tag} -> ${releaseTag} (${commit.slice(0, 7)}): ${plan.why}${dryRun ? ' [dry run]' : ''}`);
    if (dryRun) continue;
    git(['tag', '--force', plan.tag, commit], cwd);
    git(['push', '--force', remote, `refs/tags/${plan.tag}:refs/tags/${plan.tag}`], cwd);
  }
  return plans;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const releaseTag = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--remote');
  const remoteAt = args.indexOf('--remote');
  try {
    if (!releaseTag) throw new Error('usage: move-tags.mjs vX.Y.Z [--remote origin] [--dry-run]');
    moveTags({ releaseTag, remote: remoteAt >= 0 ? args[remoteAt + 1] : 'origin', dryRun: args.includes('--dry-run') });
  } catch (error) {
    console.error(`move-tags: ${error.stderr?.toString().trim() || error.message}`);
    process.exit(1);
  }
}
