import type { Handler } from '../../../generated/lightning/server.js';

export const getSession: Handler<'getSession'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.sessions.get(params.id) };
};
