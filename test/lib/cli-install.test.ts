import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnPath } from '../../src/lib/exec.js';

describe('findOnPath', () => {
  it('finds the first executable of that name, skipping files that are not executable', () => {
    const first = mkdtempSync(join(tmpdir(), 'dk-path-'));
    const second = mkdtempSync(join(tmpdir(), 'dk-path-'));
    writeFileSync(join(first, 'railway'), 'not executable');
    writeFileSync(join(second, 'railway'), '#!/bin/sh\n');
    chmodSync(join(second, 'railway'), 0o755);
    expect(findOnPath('railway', `${first}::${second}`)).toBe(join(second, 'railway'));
    expect(findOnPath('vercel', `${first}:${second}`)).toBeUndefined();
  });
});
