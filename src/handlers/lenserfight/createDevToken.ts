import type { Handler } from '../../../generated/lenserfight/server.js';

const TTL_SECONDS = 3600;

export const createDevToken: Handler<'createDevToken'> = async ({ body }, ctx) => {
  // The plugin leaves this route out with an identity provider, so the server's own secret is there to sign.
  const token = (await ctx.services.devTokens.mint(body.subject, TTL_SECONDS))!;
  return { status: 201, body: { data: { token, subject: body.subject, expiresAt: new Date(Date.now() + TTL_SECONDS * 1000).toISOString() } } };
};
