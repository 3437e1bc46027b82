import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Start-up (scripts/lazy-core.mjs, src/lib/undici.ts): what every run evaluates, each bundle's
// index.js, holds neither @actions/core's OIDC HTTP client nor undici; undici is a lazy chunk
// holding only the parts we use (no fetch, no WebSocket).
const root = join(import.meta.dirname, '..');
const bundles = readdirSync(join(root, 'dist')).filter((name) =>
  readdirSync(join(root, 'dist', name)).includes('index.js'),
);

describe.each(bundles)('dist/%s', (name) => {
  const files = readdirSync(join(root, 'dist', name)).filter((file) => file.endsWith('.js'));
  const read = (file: string) => readFileSync(join(root, 'dist', name, file), 'utf8');

  it('index.js loads no HTTP client at start-up', () => {
    const entry = read('index.js');
    expect(entry).not.toContain('class HttpClient');
    expect(entry).not.toContain('class EnvHttpProxyAgent');
  });

  it('bundles no undici fetch or WebSocket', () => {
    // Our undici is the chunk with undici's HTTP parser that is not @actions/http-client's copy.
    const ours = files.filter(
      (file) => read(file).includes('function lazyllhttp') && !read(file).includes('class HttpClient'),
    );
    expect(ours).toHaveLength(1);
    for (const file of ours) {
      expect(read(file), file).not.toContain('class WebSocket ');
      expect(read(file), file).not.toContain('async function fetch (');
    }
  });
});
