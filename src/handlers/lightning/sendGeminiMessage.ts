import type { Handler } from '../../../generated/lightning/server.js';

export const sendGeminiMessage: Handler<'sendGeminiMessage'> = async ({ params, body }, ctx) => {
  const reply = await ctx.services.conversations.send(params.id, body.content, body.model);
  return { status: 200, sse: reply };
};
