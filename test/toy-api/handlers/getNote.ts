import type { Handler } from '../generated/server.js';

export const getNote: Handler<'getNote'> = async ({ params }, ctx) => ({
  status: 200,
  body: await ctx.services.notes.get(ctx.principal.subject, params.noteId),
});
