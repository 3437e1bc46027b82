import { ConfigError } from '../lib/errors.js';

/**
 * Splits a command line into argv the way a POSIX shell splits words, and does nothing else: no
 * variables, globs, pipes or `&&`. Quotes group ('single' verbatim, "double" with \" and \\), a
 * backslash escapes the next character outside quotes, and newlines are spaces.
 */
export function splitCommandLine(text: string, input: string): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else current += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) current += text[++i];
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\' && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (quote) throw new ConfigError(`Input "${input}" has an unclosed ${quote} quote.`);
  if (inWord) args.push(current);
  return args;
}
