/** The runner's file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) as name -> value. */
export function parseFileCommand(text: string): Record<string, string>;
