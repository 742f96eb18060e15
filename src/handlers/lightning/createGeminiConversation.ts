import type { Handler } from '../../../generated/lightning/server.js';

export const createGeminiConversation: Handler<'createGeminiConversation'> = async ({ body }, ctx) => {
  return { status: 201, body: await ctx.services.conversations.create(body.title) };
};
