import type { Handler } from '../../../generated/lightning/server.js';
import { HttpError } from '../../core/http-error.js';

export const stubPayInvoice: Handler<'stubPayInvoice'> = async ({ params }, ctx) => {
  // The plugin leaves this route out unless the stub runs, so the stub is always there when it is reached.
  const found = await ctx.services.stub!.markPaid(params.paymentHash);
  if (!found) throw new HttpError(404, 'not_found', 'Invoice not found');
  return { status: 200, body: { ok: true, paymentHash: params.paymentHash } };
};
