import type { Knex } from 'knex';
import type { components } from '../../../generated/lightning/types.js';
import type { NetworkName } from '../../apis/lightning/config.js';
import { HttpError } from '../../core/http-error.js';
import { decodeInvoice } from './bolt11-codec.js';
import type { JobService } from './job-service.js';
import { LightningError, type LightningBackend } from './lightning-backend.js';

type ClaimRefundResponse = components['schemas']['ClaimRefundResponse'];

const conflict = (message: string) => new HttpError(409, 'conflict', message);
const badInvoice = (message: string) => new HttpError(400, 'bad_request', message);

/**
 * How far ahead of this server's clock a refund invoice's creation time may be: a wallet's clock can run a little
 * fast, but an invoice dated later than this was not made by a wallet that is paid now (decision 26).
 */
const FUTURE_TIMESTAMP_TOLERANCE_MS = 10 * 60_000;

/**
 * Pays back what a completed job was overcharged, once. The claim takes the refund from `pending` to `claiming`
 * with a guarded update before any payment is sent, so of concurrent claims exactly one pays.
 */
export class RefundService {
  constructor(
    private readonly knex: Knex,
    private readonly jobs: JobService,
    private readonly backend: LightningBackend,
    private readonly network: NetworkName,
  ) {}

  async claim(jobId: string, invoice: string, now = new Date()): Promise<ClaimRefundResponse> {
    // What the invoice alone says is wrong with it (not BOLT11, another network, dated in the future, expired) is bad
    // input, answered 400 before the job is looked at, as every body check is: a claim's state (409) is no reason to
    // accept it.
    const decoded = decodeInvoice(invoice, this.network);
    if (!decoded.ok) throw badInvoice(decoded.reason);
    if (decoded.invoice.createdAt.getTime() > now.getTime() + FUTURE_TIMESTAMP_TOLERANCE_MS) throw badInvoice('Invoice timestamp is in the future');
    if (decoded.invoice.expiresAt.getTime() <= now.getTime()) throw badInvoice('Invoice has expired');
    let job = await this.jobs.find(jobId);
    if (job.state !== 'complete') throw conflict('Job is not complete');
    if (job.refund_state === 'claiming') job = await this.jobs.settleClaimedRefund(job);
    this.assertClaimable(job.refund_state);
    // The amount is checked against what is owed, which only a claimable refund has.
    const owed: number = job.refund_amount_sats;
    if (decoded.invoice.amountSats !== owed) throw badInvoice(`Invoice amount must be exactly ${owed} sats`);
    // An invoice is paid once: one this server already paid (or is paying) a refund to cannot take another. Used by
    // this very job, it is a twin of this claim (a retry) that got there first: the guarded update below answers 409.
    const used = await this.knex('ln_jobs')
      .where({ refund_payment_hash: decoded.invoice.paymentHash })
      .whereIn('refund_state', ['claiming', 'paid'])
      .whereNot({ id: jobId })
      .first('id');
    if (used) throw badInvoice('Invoice was already used for a refund; send a fresh invoice');

    const taken = await this.knex('ln_jobs')
      .where({ id: jobId, refund_state: 'pending' })
      .update({ refund_state: 'claiming', refund_payment_hash: decoded.invoice.paymentHash });
    if (taken !== 1) {
      this.assertClaimable((await this.jobs.find(jobId)).refund_state);
      // Another claim took it and gave it back (its payment was refused) between our two reads: this one never held
      // the claim, so it must not pay.
      throw conflict('Another refund payment for this job was just refused; claim again');
    }

    // Every later change is guarded by this claim's payment hash: a claim released meanwhile (its payment seen failed
    // by a poll) and taken by another is that other claim's to settle.
    const thisClaim = () => this.knex('ln_jobs').where({ id: jobId, refund_state: 'claiming', refund_payment_hash: decoded.invoice.paymentHash });
    let outcome;
    try {
      outcome = await this.backend.payInvoice(invoice.trim());
    } catch (err) {
      // Only a definite refusal frees the refund for another claim; an unknown outcome keeps it claimed.
      const message = `Lightning payment failed: ${(err as Error).message}`;
      if (err instanceof LightningError && err.definite) await thisClaim().update({ refund_state: 'pending', refund_payment_hash: null, refund_error: message });
      throw new HttpError(500, 'lightning_error', message);
    }
    if (outcome.status === 'pending') throw new HttpError(500, 'lightning_error', 'Lightning payment is still pending; the refund stays claimed until it settles');
    await thisClaim().update({ refund_state: 'paid', refund_error: null });
    return { ok: true, refundAmountSats: owed, paymentHash: outcome.paymentHash, message: `Refund of ${owed} sats sent` };
  }

  private assertClaimable(state: string | null): void {
    if (state === 'paid') throw conflict('Refund already paid');
    if (state === 'claiming') throw conflict('A refund payment for this job is already in progress');
    if (state !== 'pending') throw conflict('No refund owed for this job');
  }
}
