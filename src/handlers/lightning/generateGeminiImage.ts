import type { Handler } from '../../../generated/lightning/server.js';

export const generateGeminiImage: Handler<'generateGeminiImage'> = async ({ body }, ctx) => {
  return { status: 200, body: await ctx.services.images.generate(body.prompt) };
};
