import type { Handler } from '../../../generated/lenserfight/server.js';
import { lenserfight } from '../../services/lenserfight/container.js';

export const executeLens: Handler<'executeLens'> = async ({ params, body }, ctx) => {
  const { params: inputs, idempotencyKey, ...options } = body;
  const run = await lenserfight().submission.submitLens(params.lensId, {
    ownerSub: ctx.principal.subject,
    requestId: ctx.requestId,
    inputs,
    options,
    idempotencyKey,
  });
  return { status: 202, body: { data: run } };
};
