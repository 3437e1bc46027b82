import { invalidValue } from '../lib/inputs.js';

const ACCEPTS =
  'expected here, channel, everyone, a member ID (U0123ABCD or @U0123ABCD), a user group ID (S0123ABCD) ' +
  'or <!here>, <@U0123ABCD>, <!subteam^S0123ABCD>; Slack cannot mention a user by name, use the member ID ' +
  '(profile -> ⋮ -> Copy member ID)';

const SPECIAL = new Set(['here', 'channel', 'everyone']);

/**
 * Turns the `mention` input's items into Slack's mention syntax. Only these shapes are accepted, so
 * the mention input cannot smuggle other markup into the message.
 */
export function parseMentions(items: readonly string[]): string[] {
  return items.map((item) => {
    const bare = item.replace(/^@/, '').replace(/^!/, '');
    if (SPECIAL.has(bare.toLowerCase())) return `<!${bare.toLowerCase()}>`;
    if (/^[UW][A-Z0-9]{4,}$/.test(bare)) return `<@${bare}>`;
    if (/^S[A-Z0-9]{4,}$/.test(bare)) return `<!subteam^${bare}>`;
    if (
      /^<!(here|channel|everyone)>$/.test(item) ||
      /^<@[UW][A-Z0-9]{4,}>$/.test(item) ||
      /^<!subteam\^S[A-Z0-9]{4,}>$/.test(item)
    ) {
      return item;
    }
    throw invalidValue('mention', item, ACCEPTS);
  });
}
