// Start-up: @actions/core's entry imports its OIDC client (@actions/http-client, which loads undici 6,
// tunnel, http, https, tls, zlib…) and `platform` (@actions/exec, @actions/io) at the top, and ncc
// cannot tree-shake them, so every bundle compiled and evaluated about 1 MB that only getIDToken()
// and core.platform use. No action of ours calls either. The build therefore bundles a copy of
// @actions/core placed at build/node_modules/@actions/core (ncc resolves it before the real one),
// in which getIDToken() imports the OIDC client when called (a lazy chunk, as our own undici is) and
// the `platform` namespace is left out. The rest of @actions/core is bundled unchanged.
// Each edit must match exactly once: an @actions/core upgrade that moves these lines fails the build
// here instead of shipping an unpatched (slow) or broken bundle.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EDITS = [
  { from: "import { OidcClient } from './oidc-utils.js';\n", to: '' },
  {
    from: 'return yield OidcClient.getIDToken(aud);',
    to: "const { OidcClient } = yield import('./oidc-utils.js');\n        return yield OidcClient.getIDToken(aud);",
  },
  { from: "export * as platform from './platform.js';\n", to: '' },
];

/** Writes the lazy copy of @actions/core under `buildDir`/node_modules and returns its path. */
export function writeLazyCore(root, buildDir) {
  const target = join(buildDir, 'node_modules', '@actions', 'core');
  cpSync(join(root, 'node_modules', '@actions', 'core'), target, { recursive: true });
  const file = join(target, 'lib', 'core.js');
  let source = readFileSync(file, 'utf8');
  for (const { from, to } of EDITS) {
    const count = source.split(from).length - 1;
    if (count !== 1)
      throw new Error(
        `lazy-core: expected "${from.trim()}" once in @actions/core/lib/core.js, found it ${count} times`,
      );
    source = source.replace(from, to);
  }
  writeFileSync(file, source);
  return target;
}
