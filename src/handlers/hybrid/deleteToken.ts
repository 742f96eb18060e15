import type { Handler } from '../../../generated/hybrid/server.js';
import { assertSubject } from '../../services/hybrid/job-submission.js';

export const deleteToken: Handler<'deleteToken'> = async ({ query }, ctx) => {
  assertSubject(ctx.principal.subject, query.userId);
  await ctx.services.tokens.delete(query.userId, query.providerId);
  return { status: 200, body: { status: 'success' } };
};
