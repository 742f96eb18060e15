import { HttpError } from '../../core/http-error.js';
import type { IssuedInvoice, LightningBackend } from './lightning-backend.js';

/** An invoice from the backend; its failure is the 500 the spec documents for the operation (`failure`). */
export async function issueInvoice(backend: LightningBackend, amountSats: number, memo: string, failure: string): Promise<IssuedInvoice> {
  try {
    return await backend.createInvoice({ amountSats, memo });
  } catch {
    throw new HttpError(500, 'lightning_error', failure);
  }
}

/** How an invoice is shown: `paymentHash` only by the stub, whose invoices are settled through the dev route with it. */
export function invoiceInfo(backend: LightningBackend, paymentRequest: string, amountSats: number, paymentHash: string) {
  return { paymentRequest, amountSats, ...(backend.kind === 'stub' ? { paymentHash } : {}) };
}
