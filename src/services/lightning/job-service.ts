import type { Knex } from 'knex';
import type { components } from '../../../generated/lightning/types.js';
import { HttpError } from '../../core/http-error.js';
import { isDatabaseError } from '../../db/database-error.js';
import type { JobQueue } from '../../queue/job-queue.js';
import type { Agent } from './agent.js';
import { invoiceExpiresAt } from './bolt11-codec.js';
import { newCapabilityId } from './ids.js';
import { invoiceInfo, issueInvoice } from './invoices.js';
import { LightningError, type LightningBackend } from './lightning-backend.js';
import type { PriceOracle } from './price-oracle.js';
import type { Pricing } from './pricing.js';

type JobStatus = components['schemas']['JobStatusResponse'];
type JobState = components['schemas']['JobState'];
type InvoiceInfo = components['schemas']['InvoiceInfo'];
export type JobRow = Record<string, any> & { id: string; state: JobState };

/** The queue on which a paid job's evaluation and work run, so no poll waits for the model. */
export const JOB_STEP_QUEUE = 'lightning-job-step';
/** Where pg-boss puts a step whose three attempts all failed or whose worker kept dying: the job is failed there. */
export const JOB_STEP_GIVE_UP_QUEUE = 'lightning-job-step-give-up';
export type JobStep = { jobId: string };

// A step is one or two model calls: a worker that died is taken for dead after this long (pg-boss's default is 15 minutes).
const STEP_OPTIONS = { retryLimit: 2, expireInSeconds: 5 * 60, deadLetter: JOB_STEP_GIVE_UP_QUEUE };

/** The states a job ends in; each sets `completed_at`. */
const TERMINAL: readonly JobState[] = ['complete', 'rejected', 'failed'];

const CONTINUES_FROM: Partial<Record<JobState, { invoice: 'eval' | 'work'; next: JobState }>> = {
  awaiting_eval_payment: { invoice: 'eval', next: 'evaluating' },
  awaiting_work_payment: { invoice: 'work', next: 'executing' },
};

/**
 * Mode 1, pay per job. Polling drives the state machine; every advance is one conditional update guarded by the
 * state it leaves, so concurrent polls and workers advance a job exactly once.
 */
export class JobService {
  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
    private readonly backend: LightningBackend,
    private readonly agent: Agent,
    private readonly pricing: Pricing,
    private readonly oracle: PriceOracle,
    private readonly options: { evalFeeSats: number },
  ) {}

  async create(request: string): Promise<{ jobId: string; createdAt: string; evalInvoice: InvoiceInfo }> {
    const invoice = await issueInvoice(this.backend, this.options.evalFeeSats, 'Agent job: evaluation fee', 'Failed to create eval invoice');
    const id = newCapabilityId();
    const [row] = await this.knex('ln_jobs')
      .insert({
        id,
        request,
        state: 'awaiting_eval_payment',
        eval_payment_hash: invoice.paymentHash,
        eval_payment_request: invoice.paymentRequest,
        eval_amount_sats: invoice.amountSats,
        eval_expires_at: invoice.expiresAt ?? null,
      })
      .returning('*');
    return { jobId: id, createdAt: new Date(row.created_at).toISOString(), evalInvoice: this.invoiceInfo(invoice.paymentRequest, invoice.amountSats, invoice.paymentHash) };
  }

  async get(id: string): Promise<JobStatus> {
    let job = await this.find(id);
    const step = CONTINUES_FROM[job.state];
    if (step) {
      await this.advanceIfPaid(job, step.invoice, step.next);
      job = await this.find(id);
    } else if (job.state === 'complete' && job.refund_state === 'claiming') {
      job = await this.settleClaimedRefund(job);
    }
    return this.view(job);
  }

  /**
   * A refund payment whose outcome was unknown when it was sent (a timeout, a 5xx, still in flight) keeps the
   * refund claimed. Once the backend reports that payment settled, the ledger says `paid`; once it reports it
   * failed for certain, the claim is released (the refund is `pending` again, with `refundError` saying why) and
   * can be claimed with a fresh invoice. A payment still pending, or a backend that cannot say, keeps the claim,
   * so the refund is never paid twice.
   */
  async settleClaimedRefund(job: JobRow): Promise<JobRow> {
    let status;
    try {
      status = await this.backend.outgoingStatus(job.refund_payment_hash);
    } catch (err) {
      // The backend cannot say now: the claim stands, and the next look asks again.
      if (err instanceof LightningError) return job;
      throw err;
    }
    if (status === 'pending') return job;
    const claim = this.knex('ln_jobs').where({ id: job.id, refund_state: 'claiming', refund_payment_hash: job.refund_payment_hash });
    if (status === 'paid') await claim.update({ refund_state: 'paid', refund_error: null });
    else await claim.update({ refund_state: 'pending', refund_payment_hash: null, refund_error: 'The refund payment failed; claim it again with a fresh invoice' });
    return this.find(job.id);
  }

  async find(id: string): Promise<JobRow> {
    const job = await this.knex('ln_jobs').where({ id }).first();
    if (!job) throw new HttpError(404, 'not_found', 'Job not found');
    return job;
  }

  /**
   * Marks the invoice paid and moves the job on in one guarded update; only the poll that wins queues the step.
   * An invoice that had expired before the backend said it is unpaid can no longer be paid (a node refuses
   * payments to an expired invoice): the job ends `failed`, saying so, rather than waiting forever.
   */
  private async advanceIfPaid(job: JobRow, invoice: 'eval' | 'work', next: JobState): Promise<void> {
    const expiresAt: Date | undefined = job[`${invoice}_expires_at`] ? new Date(job[`${invoice}_expires_at`]) : invoiceExpiresAt(job[`${invoice}_payment_request`]);
    // Read before asking the backend: a payment it has not seen cannot arrive after this moment.
    const expired = expiresAt !== undefined && expiresAt.getTime() <= Date.now();
    let paid: boolean;
    try {
      paid = await this.backend.isPaid(job[`${invoice}_payment_hash`]);
    } catch (err) {
      // Only the backend's own failure ends the job. Any other (our database, busy under load) fails this poll
      // alone: the payment may well have been made, and the next poll checks again.
      if (!(err instanceof LightningError)) throw err;
      await this.fail(job.id, job.state, `Lightning backend error: ${err.message}`);
      return;
    }
    if (!paid) {
      if (expired) await this.fail(job.id, job.state, `The ${invoice} invoice expired before it was paid`);
      return;
    }
    await this.knex.transaction(async (trx) => {
      const count = await trx('ln_jobs')
        .where({ id: job.id, state: job.state })
        .update({ state: next, [`${invoice}_paid_at`]: trx.fn.now() });
      if (count === 1) await this.queue.send<JobStep>(JOB_STEP_QUEUE, { jobId: job.id }, trx, STEP_OPTIONS);
    });
  }

  /**
   * The queued step of a paid job: its evaluation, or its work. A job no longer in that state is left alone.
   * `stop`: the queue is stopping; the step is then queued again rather than failed.
   */
  async runStep(jobId: string, stop?: AbortSignal): Promise<void> {
    const job = await this.knex('ln_jobs').where({ id: jobId }).first();
    if (job?.state === 'evaluating') await this.evaluate(job, stop);
    else if (job?.state === 'executing') await this.execute(job, stop);
  }

  /**
   * A paid job whose step could not run (it threw three times, or its worker died each time) is failed with a
   * message saying so, rather than left `evaluating` or `executing` forever. A job that moved on is left alone.
   */
  async giveUp(jobId: string): Promise<void> {
    const message = 'The job could not be processed: its step failed three times (the server stopped or its database was unavailable)';
    await this.knex('ln_jobs').where({ id: jobId }).whereIn('state', ['evaluating', 'executing']).update({ state: 'failed', error_message: message, completed_at: this.knex.fn.now() });
  }

  private async evaluate(job: JobRow, stop?: AbortSignal): Promise<void> {
    try {
      const verdict = await this.agent.evaluate(job.request, stop);
      if (!verdict.accepted) {
        await this.move(job.id, 'evaluating', { state: 'rejected', reason: verdict.reason });
        return;
      }
      const quote = this.pricing.quote(job.request, await this.oracle.btcUsd());
      const invoice = await this.backend.createInvoice({ amountSats: quote.amountSats, memo: 'Agent job: work fee' });
      await this.move(job.id, 'evaluating', {
        state: 'awaiting_work_payment',
        work_payment_hash: invoice.paymentHash,
        work_payment_request: invoice.paymentRequest,
        work_amount_sats: invoice.amountSats,
        work_expires_at: invoice.expiresAt ?? null,
        estimated_cost_usd: quote.estimatedCostUsd,
        margin_pct: quote.marginPct,
        btc_price_usd: quote.btcPriceUsd,
      });
    } catch (err) {
      if (stop?.aborted) return this.handBack(job.id);
      await this.stepFailed(job.id, 'evaluating', err);
    }
  }

  private async execute(job: JobRow, stop?: AbortSignal): Promise<void> {
    try {
      const work = await this.agent.work(job.request, stop);
      const cost = this.pricing.actual(work.inputTokens, work.outputTokens, job.btc_price_usd);
      const refund = Math.max(0, job.work_amount_sats - cost.actualAmountSats);
      await this.move(job.id, 'executing', {
        state: 'complete',
        result: work.result,
        completed_at: this.knex.fn.now(),
        actual_input_tokens: work.inputTokens,
        actual_output_tokens: work.outputTokens,
        actual_cost_usd: cost.actualCostUsd,
        actual_charge_usd: cost.actualChargeUsd,
        actual_amount_sats: cost.actualAmountSats,
        refund_amount_sats: refund,
        refund_state: refund > 0 ? 'pending' : 'not_applicable',
      });
    } catch (err) {
      if (stop?.aborted) return this.handBack(job.id);
      await this.stepFailed(job.id, 'executing', err);
    }
  }

  /** The server is stopping: the step goes back to the queue with its retries intact, for this or another process. */
  private async handBack(jobId: string): Promise<void> {
    await this.queue.send<JobStep>(JOB_STEP_QUEUE, { jobId }, undefined, STEP_OPTIONS);
  }

  /** A step's failure is the job's outcome, unless it was our own database failing: then the step is retried (and given up on after three tries). */
  private async stepFailed(id: string, from: JobState, err: unknown): Promise<void> {
    if (isDatabaseError(err)) throw err;
    await this.fail(id, from, failureMessage(err));
  }

  private async move(id: string, from: JobState, changes: Record<string, unknown>): Promise<boolean> {
    // A job that ends, whichever way, ends at a time: `completedAt` is set for `rejected` and `failed` as for `complete`.
    const ends = TERMINAL.includes(changes.state as JobState) && !('completed_at' in changes);
    return (await this.knex('ln_jobs').where({ id, state: from }).update(ends ? { ...changes, completed_at: this.knex.fn.now() } : changes)) === 1;
  }

  private fail(id: string, from: JobState, message: string): Promise<boolean> {
    return this.move(id, from, { state: 'failed', error_message: message });
  }

  private invoiceInfo(paymentRequest: string, amountSats: number, paymentHash: string): InvoiceInfo {
    return invoiceInfo(this.backend, paymentRequest, amountSats, paymentHash);
  }

  view(job: JobRow): JobStatus {
    const status: JobStatus = {
      jobId: job.id,
      state: job.state,
      createdAt: new Date(job.created_at).toISOString(),
      completedAt: job.completed_at ? new Date(job.completed_at).toISOString() : null,
    };
    if (job.state === 'awaiting_eval_payment') status.evalInvoice = this.invoiceInfo(job.eval_payment_request, job.eval_amount_sats, job.eval_payment_hash);
    if (job.state === 'awaiting_work_payment') status.workInvoice = this.invoiceInfo(job.work_payment_request, job.work_amount_sats, job.work_payment_hash);
    if (job.estimated_cost_usd !== null) {
      status.pricingBreakdown = { estimatedCostUsd: job.estimated_cost_usd, marginPct: job.margin_pct, btcPriceUsd: job.btc_price_usd };
    }
    if (job.state === 'rejected') status.reason = job.reason;
    if (job.state === 'failed') status.errorMessage = job.error_message;
    if (job.state === 'complete') {
      status.result = job.result;
      status.costLedger = {
        actualInputTokens: job.actual_input_tokens,
        actualOutputTokens: job.actual_output_tokens,
        totalTokens: job.actual_input_tokens + job.actual_output_tokens,
        actualCostUsd: job.actual_cost_usd,
        actualChargeUsd: job.actual_charge_usd,
        estimatedCostUsd: job.estimated_cost_usd,
        actualAmountSats: job.actual_amount_sats,
        workAmountSats: job.work_amount_sats,
        refundAmountSats: job.refund_amount_sats,
        // A claim whose payment is under way is still owed until it is paid.
        refundState: job.refund_state === 'claiming' ? 'pending' : job.refund_state,
        ...(job.refund_state === 'pending' && job.refund_error ? { refundError: job.refund_error } : {}),
        marginPct: job.margin_pct,
        btcPriceUsd: job.btc_price_usd,
      };
    }
    return status;
  }
}

function failureMessage(err: unknown): string {
  const name = (err as Error)?.name;
  const prefix = name === 'LightningError' ? 'Lightning backend error' : 'Agent execution failed';
  return `${prefix}: ${(err as Error)?.message ?? String(err)}`;
}
