import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoopbackServer, sendJson, startServer } from './server.js';
import { STANDIN_SCRIPT } from './standins.js';

/**
 * A loopback npm registry serving one version of each CLI package, whose bin runs the stand-in
 * (standin.cjs). It speaks the registry's format: the packument at /<name> (scoped names
 * URL-encoded: /@railway%2fcli) with dist.tarball, dist.integrity (sha512) and dist.shasum, and the
 * tarball (package/…). Give a run `npm_config_registry: registry.url` and npm installs from here.
 */
export interface NpmPackage {
  name: string;
  version: string;
  /** Executable name; its script runs standin.cjs as this tool. */
  bin: 'railway' | 'vercel';
}

export interface NpmRegistry extends LoopbackServer {
  /** Tarball downloads served. */
  downloads(): number;
}

export async function startNpmRegistry(packages: NpmPackage[]): Promise<NpmRegistry> {
  const built = new Map(packages.map((pkg) => [pkg.name, { pkg, tarball: buildTarball(pkg) }]));
  let downloads = 0;
  const server: LoopbackServer = await startServer((request, response) => {
    const path = decodeURIComponent(request.url.split('?')[0]!);
    const tarball = /^\/(.+)\/-\/[^/]+\.tgz$/.exec(path);
    if (request.method === 'GET' && tarball && built.has(tarball[1]!)) {
      downloads += 1;
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(built.get(tarball[1]!)!.tarball);
      return;
    }
    const entry = built.get(path.slice(1));
    if (request.method === 'GET' && entry) {
      const { pkg, tarball: bytes } = entry;
      const file = `${pkg.name.split('/').pop()}-${pkg.version}.tgz`;
      return sendJson(response, 200, {
        name: pkg.name,
        'dist-tags': { latest: pkg.version },
        versions: {
          [pkg.version]: {
            name: pkg.name,
            version: pkg.version,
            bin: { [pkg.bin]: `bin/${pkg.bin}.js` },
            dist: {
              tarball: `${server.url}/${pkg.name}/-/${file}`,
              integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
              shasum: createHash('sha1').update(bytes).digest('hex'),
            },
          },
        },
      });
    }
    return sendJson(response, 404, { error: 'Not found' });
  });
  return Object.assign(server, { downloads: () => downloads });
}

function buildTarball(pkg: NpmPackage): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'dk-npm-'));
  mkdirSync(join(dir, 'package', 'bin'), { recursive: true });
  writeFileSync(
    join(dir, 'package', 'package.json'),
    JSON.stringify({ name: pkg.name, version: pkg.version, bin: { [pkg.bin]: `bin/${pkg.bin}.js` } }, null, 2),
  );
  const script = join(dir, 'package', 'bin', `${pkg.bin}.js`);
  writeFileSync(
    script,
    '#!/usr/bin/env node\n' +
      `process.exitCode = require(${JSON.stringify(STANDIN_SCRIPT)})` +
      `.main(${JSON.stringify(pkg.bin)}, process.argv.slice(2));\n`,
  );
  chmodSync(script, 0o755);
  execFileSync('tar', ['-czf', join(dir, 'package.tgz'), '-C', dir, 'package']);
  return readFileSync(join(dir, 'package.tgz'));
}
