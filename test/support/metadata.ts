import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { actionYmlPath, readActionYml } from '../../scripts/runner-step.mjs';
import { Inputs } from '../../src/lib/inputs.js';
import type { BundleResult } from './bundle.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ActionMeta {
  name: string;
  description: string;
  author?: string;
  branding?: { icon: string; color: string };
  inputs?: Record<string, { description: string; required?: boolean; default?: string; deprecationMessage?: string }>;
  outputs?: Record<string, { description: string; value?: string }>;
  runs: { using: string; main?: string; post?: string; steps?: unknown[] };
}

export { actionYmlPath };

export function readActionMeta(action: string): ActionMeta {
  return readActionYml(action) as unknown as ActionMeta;
}

/** Every published action: the folders of actions/, plus `pipeline` (the root action.yml). */
export function allActions(): string[] {
  const names = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return [...names.sort(), 'pipeline'];
}

/**
 * Inputs as the runner gives them: action.yml's defaults (expressions read as empty) overlaid with the workflow's
 * values.
 */
export function inputsOf(action: string, values: Record<string, string> = {}): Inputs {
  const all: Record<string, string> = {};
  for (const [name, input] of Object.entries(readActionMeta(action).inputs ?? {})) {
    all[name] = String(input.default ?? '').includes('${{') ? '' : String(input.default ?? '');
  }
  Object.assign(all, values);
  return new Inputs((name) => all[name] ?? '');
}

/** Asserts that the run wrote every output its action.yml declares (success, skip and failure alike). */
export function expectAllOutputs(result: BundleResult, action: string): void {
  const declared = Object.keys(readActionMeta(action).outputs ?? {}).sort();
  const missing = declared.filter((name) => !(name in result.outputs));
  expect(missing, `outputs not set by ${action} (exit ${result.exitCode})`).toEqual([]);
  const undeclared = Object.keys(result.outputs).filter((name) => !declared.includes(name));
  expect(undeclared, `outputs set by ${action} but not declared in its action.yml`).toEqual([]);
}

/**
 * Asserts that the action's config step reads exactly the inputs its action.yml declares: every
 * declared input is read, and nothing undeclared is. Each scenario overlays action.yml's defaults
 * (a config step may read some inputs only for some providers, so several scenarios may be given;
 * their union counts). A scenario that throws still counts the inputs read before the throw.
 */
export function expectReadsDeclaredInputs(
  action: string,
  readConfig: (inputs: Inputs) => unknown,
  scenarios: Record<string, string>[] = [{}],
): void {
  const meta = readActionMeta(action);
  const declared = Object.keys(meta.inputs ?? {}).sort();
  const read = new Set<string>();
  for (const scenario of scenarios) {
    const values: Record<string, string> = {};
    for (const [name, input] of Object.entries(meta.inputs ?? {})) {
      values[name] = String(input.default ?? '').includes('${{') ? '' : String(input.default ?? '');
    }
    Object.assign(values, scenario);
    const inputs = new Inputs((name) => values[name] ?? '');
    try {
      readConfig(inputs);
    } catch {
      // a scenario may be invalid on purpose; the names read so far still count
    }
    for (const name of inputs.names) read.add(name);
  }
  expect(
    [...read].filter((name) => !declared.includes(name)).sort(),
    `${action}: inputs read but not declared`,
  ).toEqual([]);
  expect(
    declared.filter((name) => !read.has(name)),
    `${action}: inputs declared but never read`,
  ).toEqual([]);
}
