import type { Handler } from '../../../generated/orchestrator/server.js';

export const refreshToken: Handler<'refreshToken'> = async ({ body }, ctx) => {
  return { status: 200, body: await ctx.services.accounts.refresh(body.refresh_token) };
};
