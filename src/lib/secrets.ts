/**
 * The secret values one run knows about. Every value is masked for the runner's log the moment it is
 * added, and `redact` replaces it (and its URL- and JSON-encoded forms) in text that we write
 * ourselves to outputs, summaries, reports and comments, which the runner's masking does not cover.
 */
export class Secrets {
  readonly #values = new Set<string>();

  constructor(private readonly mask: (value: string) => void = () => {}) {}

  add(value: string | undefined): void {
    if (!value) return;
    for (const form of encodedForms(value)) {
      if (form.length < 4 || this.#values.has(form)) continue;
      this.#values.add(form);
      this.mask(form);
    }
  }

  get values(): readonly string[] {
    return [...this.#values];
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so that a secret containing another is replaced whole.
    for (const value of [...this.#values].sort((a, b) => b.length - a.length)) {
      result = result.split(value).join('***');
    }
    return result;
  }
}

function encodedForms(value: string): string[] {
  const trimmed = value.trim();
  const forms = new Set([value, trimmed, encodeURIComponent(trimmed), JSON.stringify(trimmed).slice(1, -1)]);
  // A multi-line secret (a private key) is masked line by line as well: the runner masks per line.
  for (const line of trimmed.split(/\r?\n/)) if (line.trim().length >= 8) forms.add(line.trim());
  return [...forms];
}
