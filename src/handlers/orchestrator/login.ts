import type { Handler } from '../../../generated/orchestrator/server.js';

export const login: Handler<'login'> = async ({ body }, ctx) => {
  return { status: 200, body: await ctx.services.accounts.login(body.email, body.password) };
};
