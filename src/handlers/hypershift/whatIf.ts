import type { Handler } from '../../../generated/hypershift/server.js';

export const whatIf: Handler<'whatIf'> = async ({ body }, ctx) => {
  return { status: 200, body: ctx.services.whatIf.estimate(body.user_intent, body.addition ?? undefined) };
};
