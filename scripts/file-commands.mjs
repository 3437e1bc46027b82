// The runner's file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) as @actions/core writes
// them: `name<<delimiter` blocks, and legacy `name=value` lines. Read by the tests, the demo and
// the benchmarks, which all run bundles the way the runner does.

/** @param {string} text @returns {Record<string, string>} */
export function parseFileCommand(text) {
  /** @type {Record<string, string>} */
  const values = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      values[name] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}
