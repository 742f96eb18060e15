import type { Handler } from '../../../generated/lightning/server.js';

export const deleteGeminiConversation: Handler<'deleteGeminiConversation'> = async ({ params }, ctx) => {
  await ctx.services.conversations.delete(params.id);
  return { status: 204 };
};
