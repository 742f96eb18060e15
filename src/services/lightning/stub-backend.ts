import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { NetworkName } from '../../apis/lightning/config.js';
import { decodeInvoice, encodeInvoice } from './bolt11-codec.js';
import { LightningError, type IssuedInvoice, type LightningBackend, type OutgoingStatus, type PaymentOutcome } from './lightning-backend.js';

/**
 * The local development node. Its invoices are real BOLT11 strings signed with a dev node key and kept, with
 * their preimages, in the database, so they survive a restart. Nothing is ever paid on a real network: an
 * invoice is settled only through the dev route (`markPaid`), and outgoing payments are recorded, not sent.
 */
export class StubLightningBackend implements LightningBackend {
  readonly kind = 'stub' as const;

  constructor(
    private readonly knex: Knex,
    private readonly options: { network: NetworkName; nodeKey: string; expirySeconds: number },
  ) {}

  async createInvoice({ amountSats, memo }: { amountSats: number; memo: string }): Promise<IssuedInvoice> {
    const preimage = randomBytes(32);
    const paymentHash = createHash('sha256').update(preimage).digest('hex');
    const now = new Date();
    const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + this.options.expirySeconds * 1000);
    const paymentRequest = encodeInvoice({
      network: this.options.network,
      nodeKey: this.options.nodeKey,
      amountSats,
      paymentHash,
      paymentSecret: randomBytes(32).toString('hex'),
      description: memo,
      expirySeconds: this.options.expirySeconds,
      now,
    });
    await this.knex('ln_stub_invoices').insert({
      payment_hash: paymentHash,
      payment_request: paymentRequest,
      preimage: preimage.toString('hex'),
      amount_sats: amountSats,
      memo,
      expires_at: expiresAt,
    });
    return { paymentHash, paymentRequest, amountSats, expiresAt };
  }

  async isPaid(paymentHash: string): Promise<boolean> {
    const row = await this.knex('ln_stub_invoices').where({ payment_hash: paymentHash }).first('paid_at');
    return Boolean(row?.paid_at);
  }

  /**
   * Settles the invoice as a wallet paying it would: `paid` (paying again changes nothing), `not_found` when no
   * stub invoice has this hash, `expired` for an unpaid invoice past its expiry, which a node refuses to be paid.
   */
  async markPaid(paymentHash: string): Promise<'paid' | 'not_found' | 'expired'> {
    const settled = await this.knex('ln_stub_invoices')
      .where({ payment_hash: paymentHash })
      .whereNull('paid_at')
      .andWhere('expires_at', '>', this.knex.fn.now())
      .update({ paid_at: this.knex.fn.now() });
    if (settled === 1) return 'paid';
    const row = await this.knex('ln_stub_invoices').where({ payment_hash: paymentHash }).first('paid_at');
    if (!row) return 'not_found';
    return row.paid_at ? 'paid' : 'expired';
  }

  async payInvoice(bolt11: string): Promise<PaymentOutcome> {
    const decoded = decodeInvoice(bolt11, this.options.network);
    if (!decoded.ok) throw new LightningError(decoded.reason, true);
    const { paymentHash, amountSats } = decoded.invoice;
    const inserted = await this.knex('ln_stub_payments')
      .insert({ payment_hash: paymentHash, payment_request: bolt11, amount_sats: amountSats ?? 0 })
      .onConflict('payment_hash')
      .ignore()
      .returning('payment_hash');
    if (inserted.length === 0) throw new LightningError('Invoice was already paid', true);
    return { status: 'paid', paymentHash };
  }

  /**
   * A payment the stub recorded is paid. One it has not recorded may still be on its way (the claim's own call is
   * under way), so it is pending, never failed.
   */
  async outgoingStatus(paymentHash: string): Promise<OutgoingStatus> {
    return (await this.paymentsTo(paymentHash)) > 0 ? 'paid' : 'pending';
  }

  /** The outgoing payments this stub node recorded for `paymentHash` (tests count them). */
  async paymentsTo(paymentHash: string): Promise<number> {
    const [{ count }] = await this.knex('ln_stub_payments').where({ payment_hash: paymentHash }).count({ count: '*' });
    return Number(count);
  }
}
