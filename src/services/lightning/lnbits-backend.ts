import { invoiceExpiresAt } from './bolt11-codec.js';
import { LightningError, type IssuedInvoice, type LightningBackend, type OutgoingStatus, type PaymentOutcome } from './lightning-backend.js';

type LnbitsOptions = { url: string; apiKey: string; timeoutMs: number };

/**
 * A real wallet through LNbits' REST API (`/api/v1/payments`, `X-Api-Key`). The key must be the wallet's admin
 * key for refunds to be paid. A payment LNbits still reports as pending is reported as pending, never as paid.
 */
export class LnbitsBackend implements LightningBackend {
  readonly kind = 'lnbits' as const;

  constructor(private readonly options: LnbitsOptions) {}

  async createInvoice({ amountSats, memo }: { amountSats: number; memo: string }): Promise<IssuedInvoice> {
    const body = await this.call('POST', '/api/v1/payments', { out: false, amount: amountSats, memo });
    const paymentHash = stringField(body, 'payment_hash');
    // LNbits has named the BOLT11 string `payment_request` and, in later versions, `bolt11`.
    const paymentRequest = stringField(body, 'bolt11', false) ?? stringField(body, 'payment_request');
    return { paymentHash: paymentHash!, paymentRequest: paymentRequest!, amountSats, expiresAt: invoiceExpiresAt(paymentRequest!) };
  }

  async isPaid(paymentHash: string): Promise<boolean> {
    const body = await this.call('GET', `/api/v1/payments/${encodeURIComponent(paymentHash)}`);
    return (body as { paid?: unknown }).paid === true;
  }

  /**
   * LNbits answers for outgoing payments at the same address as for invoices: `paid` once the payment settled, and
   * (1.x) `status: "failed"`, or the payment's `details.status`, once it failed for certain.
   */
  async outgoingStatus(paymentHash: string): Promise<OutgoingStatus> {
    const body = (await this.call('GET', `/api/v1/payments/${encodeURIComponent(paymentHash)}`)) as { paid?: unknown; status?: unknown; details?: { status?: unknown } };
    if (body.paid === true) return 'paid';
    if (body.status === 'failed' || body.details?.status === 'failed') return 'failed';
    return 'pending';
  }

  async payInvoice(bolt11: string): Promise<PaymentOutcome> {
    const body = await this.call('POST', '/api/v1/payments', { out: true, bolt11 });
    const paymentHash = stringField(body, 'payment_hash')!;
    const status = (body as { status?: unknown }).status;
    if (status === 'failed') throw new LightningError('Lightning payment failed', true);
    if (status === 'success') return { status: 'paid', paymentHash };
    // Older LNbits answers only the hash: ask whether the payment settled.
    return (await this.isPaid(paymentHash)) ? { status: 'paid', paymentHash } : { status: 'pending', paymentHash };
  }

  private async call(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.options.url.replace(/\/+$/, '')}${path}`, {
        method,
        headers: { 'X-Api-Key': this.options.apiKey, ...(payload ? { 'Content-Type': 'application/json' } : {}) },
        body: payload ? JSON.stringify(payload) : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new LightningError(timedOut ? `LNbits did not answer within ${this.options.timeoutMs} ms` : 'LNbits is unreachable');
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new LightningError(`LNbits answered ${res.status} with a body that is not JSON`);
    }
    if (!res.ok) {
      const detail = (body as { detail?: unknown }).detail;
      // A 4xx is LNbits refusing the request: nothing happened. A 5xx leaves the outcome unknown.
      throw new LightningError(`LNbits answered ${res.status}${typeof detail === 'string' ? `: ${detail}` : ''}`, res.status < 500);
    }
    return body;
  }
}

function stringField(body: unknown, name: string, required = true): string | undefined {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value === 'string' && value !== '') return value;
  if (required) throw new LightningError(`LNbits answer lacks ${name}`);
  return undefined;
}
