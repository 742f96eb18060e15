/** An invoice this server issued and is waiting to be paid; `expiresAt` when its expiry could be read. */
export type IssuedInvoice = { paymentHash: string; paymentRequest: string; amountSats: number; expiresAt?: Date };

/** What a backend can say about an outgoing payment once it has been sent. */
export type PaymentOutcome = { status: 'paid'; paymentHash: string } | { status: 'pending'; paymentHash: string };

/** The later word on an outgoing payment: settled, still in flight (or not known yet), or failed for certain. */
export type OutgoingStatus = 'paid' | 'pending' | 'failed';

/**
 * A Lightning node as this API needs it: issue invoices, learn whether one is paid, pay a BOLT11 invoice.
 * `stub` is the local development node kept in the database; `lnbits` is a real wallet.
 */
export interface LightningBackend {
  readonly kind: 'stub' | 'lnbits';
  createInvoice(request: { amountSats: number; memo: string }): Promise<IssuedInvoice>;
  isPaid(paymentHash: string): Promise<boolean>;
  /** Pays `bolt11`; a refusal the backend gave for certain throws `LightningError` with `definite: true`. */
  payInvoice(bolt11: string): Promise<PaymentOutcome>;
  /**
   * What became of a payment this node sent to `paymentHash` and that was left pending: `failed` only when the
   * backend says for certain that nothing was paid, so the payment may be made again.
   */
  outgoingStatus(paymentHash: string): Promise<OutgoingStatus>;
}

/**
 * A backend failure. `definite` means the backend said no (nothing was paid); otherwise the outcome is unknown
 * (a timeout, a 5xx), and a payment must not be retried blindly.
 */
export class LightningError extends Error {
  constructor(
    message: string,
    readonly definite = false,
  ) {
    super(message);
    this.name = 'LightningError';
  }
}
