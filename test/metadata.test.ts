import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT, runBundle } from './support/bundle.js';
import { actionYmlPath, allActions, expectAllOutputs, readActionMeta } from './support/metadata.js';

const withCode = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'src', entry.name, 'index.ts')))
  .map((entry) => entry.name);

describe('action metadata', () => {
  it('runs on Node 24 in the tests, as `runs.using: node24` does on the runner', () => {
    expect(spawnSync(NODE24, ['-v'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
  });

  it('has an action.yml for every action with code, and a bundle only for actions with code', () => {
    for (const name of withCode)
      expect(existsSync(actionYmlPath(name)), `${name} has code but no action.yml`).toBe(true);
    const bundles = existsSync(join(ROOT, 'dist')) ? readdirSync(join(ROOT, 'dist')) : [];
    expect(bundles.sort()).toEqual([...withCode].sort());
  });

  it.each(allActions().filter((name) => existsSync(actionYmlPath(name))))(
    '%s: every input has a description and a default, every output a description',
    (name) => {
      const meta = readActionMeta(name);
      expect(meta.runs.using).toBe('node24');
      for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
        expect(spec.description?.length, `${name} input ${input}`).toBeGreaterThan(10);
        expect(typeof spec.default, `${name} input ${input} has no default`).toBe('string');
      }
      for (const [output, spec] of Object.entries(meta.outputs ?? {}))
        expect(spec.description?.length, `${name} output ${output}`).toBeGreaterThan(10);
    },
  );

  it('keeps the README tables generated from action.yml current', () => {
    const check = spawnSync(NODE24, [join(ROOT, 'scripts/docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

// A green ncc build proves nothing: every bundle is loaded by Node 24 here, with no inputs at all,
// and must end with a clean result (a skip, or one clear error), never a crash, with every output set.
describe.each(withCode)('dist/%s/index.js', (name) => {
  it('loads and runs on Node 24 with empty inputs: no crash, every output written', async () => {
    const result = await runBundle(name, { timeoutMs: 30_000 });
    expect(result.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|SyntaxError|ReferenceError|TypeError/);
    expect([0, 1]).toContain(result.exitCode);
    if (result.exitCode === 1) expect(result.failure, 'a failure is one clear sentence').toBeTruthy();
    expectAllOutputs(result, name);
  });

  it('is a bundle, not a stub', () => {
    const code = readFileSync(join(ROOT, 'dist', name, 'index.js'), 'utf8');
    expect(code.length).toBeGreaterThan(10_000);
  });
});

describe('examples', () => {
  it.each(['vitaltrack', 'vera', 'tracehub', 'techmate', 'pupuseria'])(
    '%s: the real pipeline is written out with deploy-kit',
    (name) => {
      const text = readFileSync(join(ROOT, 'examples', `${name}.yml`), 'utf8');
      expect(text).toMatch(/uses: org\/deploy-kit(\/actions\/[a-z-]+)?@v1/);
    },
  );
});
