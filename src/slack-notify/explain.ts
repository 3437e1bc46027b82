/**
 * One line of what to do for the error codes Slack answers with: the plain-text bodies of incoming
 * webhooks (test/fixtures/slack/webhook/) and the `error` of Web API answers
 * (test/fixtures/slack/web-api/*.error-codes.json). An unknown code gets no explanation.
 */
const EXPLANATIONS: Record<string, string> = {
  // Incoming webhooks
  invalid_payload: 'Slack could not read the message (check the payload input)',
  invalid_blocks: 'Slack rejected the Block Kit blocks (check the payload input)',
  no_text: 'the message has no text (a payload needs text, blocks or attachments)',
  missing_text_or_fallback_or_attachments: 'the message has no text (a payload needs text, blocks or attachments)',
  too_many_attachments: 'a message can have at most 100 attachments',
  user_not_found: 'the webhook points at a user that no longer exists: create a new webhook',
  no_service:
    'the webhook is disabled or was removed (app uninstalled or its channel changed): ' +
    'create a new webhook URL and update the secret',
  no_service_id: 'the webhook URL is incomplete: copy it again from the app settings',
  no_team: 'the webhook URL is incomplete or its workspace is gone: copy it again from the app settings',
  team_disabled: 'the workspace of this webhook is disabled',
  invalid_token: 'the webhook URL is no longer valid: create a new webhook URL and update the secret',
  action_prohibited: 'a workspace admin restricted posting to this channel',
  posting_to_general_channel_denied: "only admins may post to this workspace's general channel",
  channel_is_archived: 'the channel is archived',
  rollup_error: 'Slack had an internal error',
  // Web API
  channel_not_found:
    'no such channel for this token: use the channel ID (C…), and invite the bot if the channel is private',
  not_in_channel: 'the bot is not a member of the channel: invite it with /invite @your-bot',
  is_archived: 'the channel is archived',
  msg_too_long: 'the message text is too long',
  invalid_auth: 'bot-token is not a valid token (use the xoxb- bot token of the app)',
  not_authed: 'no token reached Slack: check the bot-token input',
  account_inactive:
    'the token belongs to a deactivated user or an uninstalled app: reinstall the app and update the secret',
  token_revoked: 'the token was revoked: reinstall the app and update the secret',
  token_expired: 'the token expired: refresh it or use a non-rotating bot token',
  missing_scope: 'the app lacks the chat:write scope: add it and reinstall the app',
  restricted_action: 'a workspace admin restricted posting to this channel',
  message_not_found:
    'no message with this update-ts in the channel: pass the ts and channel outputs of the step that posted it',
  cant_update_message: 'a bot can only update its own messages: update-ts must come from a message this bot posted',
  edit_window_closed: 'the message is too old to be edited',
  ratelimited: 'Slack rate-limited the request (about one message per second per channel)',
  rate_limited: 'Slack rate-limited the request (about one message per second per channel)',
  fatal_error: 'Slack had an internal error',
  internal_error: 'Slack had an internal error',
  service_unavailable: 'Slack is unavailable',
};

export function explainSlackError(code: string, needed?: string): string | undefined {
  if (code === 'missing_scope' && needed) return `the app lacks the ${needed} scope: add it and reinstall the app`;
  return EXPLANATIONS[code];
}
