import type { Handler } from '../../../generated/lightning/server.js';

export const getGeminiConversation: Handler<'getGeminiConversation'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.conversations.get(params.id) };
};
