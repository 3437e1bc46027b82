/**
 * Slack's mrkdwn, as its message formatting reference describes: `&`, `<` and `>` are the only
 * control characters, so escaping those three turns any user text (a commit message holding
 * `<!channel>`, a branch name, a PR title) into text that shows as written and can neither ping
 * anyone nor forge a link. Quotes and newlines need no escaping here: bodies are built as objects
 * and serialised with JSON.stringify.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>` with the label escaped; characters that would end the link are percent-encoded in the URL. */
export function mrkdwnLink(url: string, label: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeMrkdwn(label)}>`;
}

/** Cut text to at most `max` characters, marking the cut; an escape (`&amp;`) cut in half is dropped whole. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/&[a-z]{0,3}$/, '')}…`;
}
