import type { Handler } from '../../../generated/lightning/server.js';

export const submitSessionRequest: Handler<'submitSessionRequest'> = async ({ params, body }, ctx) => {
  return { status: 200, body: await ctx.services.sessions.submit(params.id, ctx.principal.subject, body.request) };
};
