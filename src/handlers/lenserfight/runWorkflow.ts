import type { Handler } from '../../../generated/lenserfight/server.js';

export const runWorkflow: Handler<'runWorkflow'> = async ({ params, body }, ctx) => {
  const run = await ctx.services.submission.submitWorkflow(params.workflowId, {
    ownerSub: ctx.principal.subject,
    requestId: ctx.requestId,
    inputs: body.inputs,
    options: { modelOverride: body.modelOverride },
    idempotencyKey: body.idempotencyKey,
  });
  return { status: 202, body: { data: run } };
};
