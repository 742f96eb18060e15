import type { Handler } from '../../../generated/hybrid/server.js';
import { HttpError } from '../../core/http-error.js';

export const checkModelHealth: Handler<'checkModelHealth'> = async ({ params }, ctx) => {
  const model = await ctx.services.catalogue.find(ctx.principal.subject, params.modelId);
  if (!model) throw new HttpError(404, 'not_found', `Model ${params.modelId} not found`, { modelId: params.modelId });
  return { status: 200, body: await ctx.services.health.check(ctx.principal.subject, model) };
};
