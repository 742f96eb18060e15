import type { Handler } from '../../../generated/lightning/server.js';

export const listGeminiConversations: Handler<'listGeminiConversations'> = async (_req, ctx) => {
  return { status: 200, body: await ctx.services.conversations.list() };
};
