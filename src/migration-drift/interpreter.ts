import { type Exec, SpawnError } from '../lib/exec.js';
import { ConfigError } from '../lib/errors.js';

/**
 * Which Python runs the helper. On runners, actions/setup-python puts the project's interpreter
 * first on PATH as python3; on Debian-like images `python3` may be a pyenv or venv interpreter
 * without the project's packages while /usr/bin/python3 has them. So: the "python" input when
 * given (and it must import the tool), otherwise the first of these that imports it.
 */
export const PYTHON_CANDIDATES = ['python3', 'python', '/usr/bin/python3'] as const;

export interface Interpreter {
  command: string;
  /** The tool's version as that interpreter imports it. */
  version: string;
}

export interface Probe {
  command: string;
  ok: boolean;
  version?: string;
  /** Why it cannot be used: not found, or the import error. */
  problem?: string;
}

/**
 * Asks one interpreter whether it has the module, and its version, without importing it (importing
 * Alembic costs ~0.4 s, and the helper imports it anyway).
 */
export async function probe(
  command: string,
  module: 'alembic' | 'django',
  cwd: string,
  timeoutMs: number,
  exec: Exec,
): Promise<Probe> {
  const script = [
    'import importlib.util, sys',
    `spec = importlib.util.find_spec("${module}")`,
    // A project's own alembic/ folder (the usual script_location) is a namespace package: not Alembic.
    'if spec is None or spec.origin in (None, "namespace"): ' +
      `sys.exit("ModuleNotFoundError: No module named '${module}'")`,
    'try:',
    '    import importlib.metadata as m',
    `    print(m.version("${module}"))`,
    'except Exception:',
    `    import ${module}; print(getattr(${module}, "__version__", ""))`,
  ].join('\n');
  try {
    const result = await exec({ command, args: ['-c', script], cwd, timeoutMs });
    if (result.exitCode === 0) return { command, ok: true, version: result.stdout.trim() };
    const reason = result.stderr.trim().split('\n').at(-1) || `exited with code ${result.exitCode}`;
    return { command, ok: false, problem: reason };
  } catch (error) {
    if (error instanceof SpawnError) return { command, ok: false, problem: 'not found' };
    throw error;
  }
}

/** The decision, pure over probe results (probed lazily, in order). */
export async function chooseInterpreter(
  given: string | undefined,
  module: 'alembic' | 'django',
  check: (command: string) => Promise<Probe>,
): Promise<Interpreter> {
  if (given) {
    const result = await check(given);
    if (result.ok) return { command: given, version: result.version ?? '' };
    const others: Probe[] = [];
    for (const candidate of PYTHON_CANDIDATES.filter((c) => c !== given)) {
      const other = await check(candidate);
      others.push(other);
      if (other.ok) break;
    }
    const working = others.find((o) => o.ok);
    throw new ConfigError(
      `The interpreter in "python" (${given}) cannot import ${module} (${result.problem ?? 'unknown error'}). ` +
        (working
          ? `${working.command} can (${module} ${working.version}): set python: ` +
            `${working.command}, or install the project's requirements into ${given}.`
          : `Install ${module} into it (pip install ${module}) ` +
            `or point "python" at the interpreter that has the project's requirements.`),
    );
  }
  const tried: Probe[] = [];
  for (const candidate of PYTHON_CANDIDATES) {
    const result = await check(candidate);
    if (result.ok) return { command: candidate, version: result.version ?? '' };
    tried.push(result);
  }
  throw new ConfigError(
    `No Python interpreter here can import ${module}: ` +
      `${tried.map((t) => `${t.command} (${t.problem ?? 'failed'})`).join(', ')}. ` +
      "Install the project's requirements (e.g. actions/setup-python, " +
      `then pip install -r requirements.txt) or set "python" to the interpreter that has ${module}.`,
  );
}
