import { ConfigError, jsonProblem } from '../lib/errors.js';
import { orList } from '../lib/inputs.js';

/**
 * eas.json is checked before eas-cli runs, so that a typo in `profile` fails in a second with the
 * profiles that do exist, instead of after eas-cli has installed and authenticated. eas-cli reads
 * eas.json as JSON5 (comments and trailing commas allowed), so those are tolerated here too.
 */

export interface EasJsonCheck {
  profile: string;
  /** Checked only with auto-submit and an explicit submit profile. */
  submitProfile?: string | undefined;
}

/** Throws a ConfigError naming what is missing; `file` is how eas.json is named in messages. */
export function checkEasJson(text: string, check: EasJsonCheck, file = 'eas.json'): void {
  const json = parseJsonWithComments(text);
  if (json === undefined || typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ConfigError(`${file} is not a JSON object: eas-cli could not read it either.`);
  }
  const root = json as Record<string, unknown>;
  requireProfile(root, 'build', check.profile, 'profile', file);
  if (check.submitProfile !== undefined) requireProfile(root, 'submit', check.submitProfile, 'submit-profile', file);
}

function requireProfile(
  root: Record<string, unknown>,
  section: string,
  name: string,
  input: string,
  file: string,
): void {
  const profiles = root[section];
  const names = profiles && typeof profiles === 'object' && !Array.isArray(profiles) ? Object.keys(profiles) : [];
  if (names.includes(name)) return;
  const has = names.length === 0 ? `it has no "${section}" profiles` : `its ${section} profiles are ${orList(names)}`;
  throw new ConfigError(`Input "${input}" is "${name}" but ${file} has no "${section}.${name}": ${has}.`);
}

/** JSON.parse, after removing // and /* *\/ comments and trailing commas outside strings. */
export function parseJsonWithComments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // fall through to the tolerant reading
  }
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const end = endOfString(text, i);
      plain += text.slice(i, end);
      i = end - 1;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      plain += '\n';
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (char === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200))) {
      // a trailing comma: dropped
    } else {
      plain += char;
    }
  }
  try {
    return JSON.parse(plain);
  } catch (error) {
    throw new ConfigError(`eas.json is not valid JSON: ${jsonProblem(error)}.`);
  }
}

/** Index just past the string literal starting at `start` (a double quote). */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
