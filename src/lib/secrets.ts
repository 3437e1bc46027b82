/**
 * The secret values one run knows about. Every value is masked for the runner's log the moment it is
 * added, and `redact` replaces it (and its URL- and JSON-encoded forms) in text that we write
 * ourselves to outputs, summaries, reports and comments, which the runner's masking does not cover.
 *
 * Like the runner's `::add-mask::`, a value is masked whatever its length: a one-character secret
 * hides every occurrence of that character, in the runner's log and in what `redact` returns. That
 * is the price of a short secret; leaking it would be worse. Only empty and all-blank values are
 * skipped (the runner refuses to mask them too).
 */
export class Secrets {
  readonly #values = new Set<string>();
  #pattern: RegExp | undefined;

  constructor(private readonly mask: (value: string) => void = () => {}) {}

  add(value: string | undefined): void {
    if (!value) return;
    for (const form of encodedForms(value)) {
      if (form.trim() === '' || this.#values.has(form)) continue;
      this.#values.add(form);
      this.#pattern = undefined;
      this.mask(form);
    }
  }

  get values(): readonly string[] {
    return [...this.#values];
  }

  redact(text: string): string {
    if (this.#values.size === 0) return text;
    // One pass, longest first: a secret containing another is replaced whole, and a `***` already
    // written is never searched again (a secret `*` must not grow it).
    this.#pattern ??= new RegExp(
      [...this.#values]
        .sort((a, b) => b.length - a.length)
        .map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return text.replace(this.#pattern, '***');
  }
}

function encodedForms(value: string): string[] {
  const trimmed = value.trim();
  const forms = new Set([value, trimmed, encodeURIComponent(trimmed), JSON.stringify(trimmed).slice(1, -1)]);
  // A multi-line secret (a private key) is masked line by line as well: the runner masks per line.
  // Short lines of it (`{`, a blank) are not: they are not the secret, and would hide half the log.
  for (const line of trimmed.split(/\r?\n/)) if (line.trim().length >= 8) forms.add(line.trim());
  return [...forms];
}
