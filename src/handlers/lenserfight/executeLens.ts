import type { Handler } from '../../../generated/lenserfight/server.js';

export const executeLens: Handler<'executeLens'> = async ({ params, body }, ctx) => {
  const { params: inputs, idempotencyKey, ...options } = body;
  const run = await ctx.services.submission.submitLens(params.lensId, {
    ownerSub: ctx.principal.subject,
    requestId: ctx.requestId,
    inputs,
    options,
    idempotencyKey,
  });
  return { status: 202, body: { data: run } };
};
