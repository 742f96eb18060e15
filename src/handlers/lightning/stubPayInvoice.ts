import type { Handler } from '../../../generated/lightning/server.js';
import { HttpError } from '../../core/http-error.js';

export const stubPayInvoice: Handler<'stubPayInvoice'> = async ({ params }, ctx) => {
  // The plugin leaves this route out unless the stub runs, so the stub is always there when it is reached.
  const outcome = await ctx.services.stub!.markPaid(params.paymentHash);
  if (outcome === 'not_found') throw new HttpError(404, 'not_found', 'Invoice not found');
  if (outcome === 'expired') throw new HttpError(409, 'conflict', 'Invoice has expired');
  return { status: 200, body: { ok: true, paymentHash: params.paymentHash } };
};
