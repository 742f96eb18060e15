import type { Handler } from '../../../generated/lightning/server.js';

export const listGeminiMessages: Handler<'listGeminiMessages'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.conversations.messages(params.id) };
};
