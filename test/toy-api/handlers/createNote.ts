import type { Handler } from '../generated/server.js';

export const createNote: Handler<'createNote'> = async ({ body }, ctx) => ({
  status: 201,
  body: await ctx.services.notes.create(ctx.principal.subject, body.text, body.callbackUrl),
});
