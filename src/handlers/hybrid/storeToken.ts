import type { Handler } from '../../../generated/hybrid/server.js';
import { HttpError } from '../../core/http-error.js';
import { assertSubject } from '../../services/hybrid/job-submission.js';

export const storeToken: Handler<'storeToken'> = async ({ body }, ctx) => {
  assertSubject(ctx.principal.subject, body.userId);
  if (body.tokenData.providerId !== undefined && body.tokenData.providerId !== body.providerId) {
    throw new HttpError(400, 'provider_mismatch', 'tokenData.providerId must equal providerId', { providerId: body.providerId, tokenDataProviderId: body.tokenData.providerId });
  }
  await ctx.services.tokens.store(body.userId, body.providerId, body.tokenData);
  return { status: 200, body: { status: 'success' } };
};
