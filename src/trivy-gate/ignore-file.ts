import { type IgnoreFile, parseTrivyIgnore } from './ignore.js';

/** `.yml` / `.yaml` switch to the YAML format, as in Trivy; its parser is loaded only then. */
export async function parseIgnoreFile(text: string, file: string): Promise<IgnoreFile> {
  if (!/\.ya?ml$/i.test(file)) return parseTrivyIgnore(text, file);
  const { parseTrivyIgnoreYaml } = await import('./ignore-yaml.js');
  return parseTrivyIgnoreYaml(text, file);
}
