import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { components } from '../../../generated/lightning/types.js';
import type { LightningConfig } from '../../apis/lightning/config.js';
import { HttpError } from '../../core/http-error.js';
import { mintMacaroon } from '../../core/macaroons.js';
import type { Agent } from './agent.js';
import { invoiceExpiresAt } from './bolt11-codec.js';
import { newCapabilityId } from './ids.js';
import { invoiceInfo, issueInvoice } from './invoices.js';
import { LightningError, type LightningBackend } from './lightning-backend.js';
import type { PriceOracle } from './price-oracle.js';
import type { Pricing } from './pricing.js';

type SessionStatus = components['schemas']['SessionStatusResponse'];
type SessionInvoiceInfo = components['schemas']['SessionInvoiceInfo'];
type SessionRequestResponse = components['schemas']['SessionRequestResponse'];
type SessionRow = Record<string, any> & { id: string; state: 'awaiting_payment' | 'active' | 'paused' | 'expired'; balance_sats: number };

const notFound = () => new HttpError(404, 'not_found', 'Session not found');
// A request runs two model calls, each bounded by its provider's timeout: one running this long has no server left.
const ABANDONED_AFTER_MS = 15 * 60_000;
const expired = () => new HttpError(410, 'gone', 'Session expired');
// Issuing an invoice takes one backend call (LNbits is given 10 s): a top-up claim this old has no server left.
const TOPUP_CLAIM_STALE_MS = 5 * 60_000;

/**
 * Mode 2, pre-funded sessions. Money moves only in guarded updates: a deposit or top-up is credited by the
 * update that clears its invoice, and a request first reserves its worst case from the balance
 * (`WHERE balance_sats >= reserve`, so the balance never goes negative) and then gives back what it did not use.
 */
export class SessionService {
  constructor(
    private readonly knex: Knex,
    private readonly backend: LightningBackend,
    private readonly agent: Agent,
    private readonly pricing: Pricing,
    private readonly oracle: PriceOracle,
    private readonly options: { evalFeeSats: number; session: LightningConfig['session'] },
  ) {}

  async create(amountSats: number) {
    const invoice = await issueInvoice(this.backend, amountSats, 'Agent session: deposit', 'Failed to create deposit invoice');
    const id = newCapabilityId();
    await this.knex('ln_sessions').insert({
      id,
      state: 'awaiting_payment',
      balance_sats: 0,
      root_key: randomBytes(32).toString('hex'),
      deposit_payment_hash: invoice.paymentHash,
      deposit_payment_request: invoice.paymentRequest,
      deposit_amount_sats: invoice.amountSats,
    });
    return { sessionId: id, state: 'awaiting_payment' as const, invoice: this.invoiceInfo(invoice.paymentRequest, invoice.amountSats, invoice.paymentHash) };
  }

  /** The root key a session's macaroons are signed with, for the `sessionMacaroon` verifier. */
  async rootKeyOf(id: string): Promise<Uint8Array | undefined> {
    const row = await this.knex('ln_sessions').where({ id }).first('root_key');
    return row ? Buffer.from(row.root_key, 'hex') : undefined;
  }

  async get(id: string, now = new Date()): Promise<SessionStatus> {
    const session = await this.load(id, now);
    if (session.state === 'awaiting_payment') {
      // Read before asking the backend: a payment it has not seen cannot arrive after the invoice expired.
      const expiresAt = invoiceExpiresAt(session.deposit_payment_request);
      const depositExpired = expiresAt !== undefined && expiresAt.getTime() <= Date.now();
      if (await this.isPaid(session.deposit_payment_hash)) await this.activate(session, now);
      // A deposit nobody can pay any more: the session ends `expired` rather than awaiting it forever.
      else if (depositExpired) await this.knex('ln_sessions').where({ id, state: 'awaiting_payment' }).update({ state: 'expired', last_activity_at: new Date(expiresAt.getTime() - this.options.session.idleTtlMs) }); // expiresAt then shows when
      else return this.view(session);
      return this.view(await this.load(id, now));
    }
    return this.view(await this.withPaidTopup(session, now));
  }

  async topup(id: string, subject: string, amountSats: number, now = new Date()) {
    const session = await this.owned(id, subject, now);
    if (session.state !== 'active' && session.state !== 'paused') throw new HttpError(409, 'conflict', 'Session must be active or paused to top up');
    const pending = () => new HttpError(409, 'conflict', 'A topup is already pending');
    if (session.topup_payment_hash) throw pending();
    // The slot is taken before the invoice is issued: a top-up that loses the race issues none, so no invoice is
    // left behind that the session never shows and nobody can pay.
    const claim = randomBytes(16).toString('hex');
    const taken = await this.knex('ln_sessions')
      .where({ id })
      .whereIn('state', ['active', 'paused'])
      .whereNull('topup_payment_hash')
      .andWhere((q) => q.whereNull('topup_claim').orWhereRaw("topup_claimed_at < now() - ? * interval '1 millisecond'", [TOPUP_CLAIM_STALE_MS]))
      .update({ topup_claim: claim, topup_claimed_at: this.knex.fn.now() });
    if (taken !== 1) throw pending();
    const ours = () => this.knex('ln_sessions').where({ id, topup_claim: claim });
    let invoice;
    try {
      invoice = await issueInvoice(this.backend, amountSats, 'Agent session: top-up', 'Failed to create topup invoice');
    } catch (err) {
      await ours().update({ topup_claim: null, topup_claimed_at: null });
      throw err;
    }
    const placed = await ours().update({
      topup_payment_hash: invoice.paymentHash,
      topup_payment_request: invoice.paymentRequest,
      topup_amount_sats: invoice.amountSats,
      topup_claim: null,
      topup_claimed_at: null,
      last_activity_at: now,
    });
    if (placed !== 1) throw pending();
    return { sessionId: id, topup: this.invoiceInfo(invoice.paymentRequest, invoice.amountSats, invoice.paymentHash) };
  }

  async submit(id: string, subject: string, request: string, now = new Date()): Promise<SessionRequestResponse> {
    const session = await this.owned(id, subject, now);
    if (session.state === 'expired') throw expired();
    if (session.state !== 'active') throw new HttpError(409, 'conflict', 'Session is not active');
    const btcPriceUsd = await this.oracle.btcUsd();
    const evalSats = this.options.evalFeeSats;
    const workEstimate = this.pricing.quote(request, btcPriceUsd).amountSats;
    const reserve = evalSats + workEstimate;
    const requestId = newCapabilityId();
    // The session's row is locked while the reserve is decided, so a 402 quotes the balance it was refused on
    // (read after the fact, it showed what other requests had given back since, often more than was asked).
    const refused = await this.knex.transaction(async (trx) => {
      const row: Pick<SessionRow, 'state' | 'balance_sats'> & { reserved_sats: number } = await trx('ln_sessions').where({ id }).forUpdate().first('state', 'balance_sats', 'reserved_sats');
      if (row.state !== 'active') return { state: row.state };
      if (row.balance_sats < reserve) return { state: row.state, balance: row.balance_sats, held: row.reserved_sats };
      await trx('ln_sessions')
        .where({ id, state: 'active' })
        .update({ balance_sats: trx.raw('balance_sats - ?', [reserve]), reserved_sats: trx.raw('reserved_sats + ?', [reserve]), last_activity_at: now });
      // The request is on record with its reserve from the moment it holds one (see returnAbandonedReserves).
      await trx('ln_session_requests').insert({ id: requestId, session_id: id, request, state: 'running', eval_sats: 0, work_sats: 0, btc_price_usd: btcPriceUsd, reserved_sats: reserve });
      return undefined;
    });
    if (refused) {
      if (refused.state === 'expired') throw expired();
      if (refused.balance === undefined) throw new HttpError(409, 'conflict', 'Session is not active');
      const held = refused.held ? `; requests still running hold ${refused.held} sats more, and give back what they do not use` : '';
      throw new HttpError(402, 'payment_required', `Insufficient balance: this request needs up to ${reserve} sats, the balance is ${refused.balance}${held}`);
    }

    const outcome = await this.run(request, btcPriceUsd, workEstimate);
    const { workSats, ...shown } = outcome;
    const recorded = { state: outcome.state, result: outcome.result ?? null, reason: outcome.reason ?? null, error_message: outcome.errorMessage ?? null };
    const settled = await this.knex.transaction(async (trx) => {
      if ((await trx('ln_session_requests').where({ id: requestId, state: 'running' }).update({ ...recorded, eval_sats: evalSats, work_sats: workSats })) !== 1) {
        // The request ran so long that it was taken for dead and its reserve given back, the session told it was not
        // charged. Its outcome is still the client's: recorded and answered, free of charge, rather than lost in a 500.
        await trx('ln_session_requests').where({ id: requestId }).update({ ...recorded, eval_sats: 0, work_sats: 0 });
        const session = await trx('ln_sessions').where({ id }).first('balance_sats');
        return { evalSats: 0, workSats: 0, balance: session.balance_sats as number };
      }
      const debited = evalSats + workSats;
      const [row] = await trx('ln_sessions')
        .where({ id })
        .update({
          balance_sats: trx.raw('balance_sats + ?', [reserve - debited]),
          reserved_sats: trx.raw('reserved_sats - ?', [reserve]),
          // Below the minimum a session pauses until a top-up is paid. What other requests under way still hold
          // counts as balance: judged without it, their reserves would pause a session they all leave above the
          // minimum, and it would stay paused.
          state: trx.raw(`case when state in ('active', 'paused') then (case when balance_sats + reserved_sats - ? < ? then 'paused' else 'active' end) else state end`, [
            debited,
            this.options.session.minimumBalanceSats,
          ]),
        })
        .returning('balance_sats');
      return { evalSats, workSats, balance: row.balance_sats as number };
    });
    const debited = settled.evalSats + settled.workSats;
    return {
      requestId,
      ...shown,
      debitedSats: debited,
      balanceRemaining: settled.balance,
      cost: { evalSats: settled.evalSats, workSats: settled.workSats, totalSats: debited, btcPriceUsd },
    };
  }

  /** Evaluation and work; the work is charged at its actual cost, never above what was reserved for it. */
  private async run(request: string, btcPriceUsd: number, workEstimate: number) {
    try {
      const verdict = await this.agent.evaluate(request);
      if (!verdict.accepted) return { state: 'rejected' as const, reason: verdict.reason, workSats: 0 };
      const work = await this.agent.work(request);
      const actual = this.pricing.actual(work.inputTokens, work.outputTokens, btcPriceUsd).actualAmountSats;
      return { state: 'complete' as const, result: work.result, workSats: Math.min(actual, workEstimate) };
    } catch (err) {
      return { state: 'failed' as const, errorMessage: `Agent execution failed: ${(err as Error).message}`, workSats: 0 };
    }
  }

  private async activate(session: SessionRow, now: Date): Promise<void> {
    const macaroon = mintMacaroon({
      rootKey: Buffer.from(session.root_key, 'hex'),
      identifier: session.id,
      location: 'lightning',
      caveats: { session: session.id, expires: new Date(now.getTime() + this.options.session.macaroonTtlMs).toISOString() },
    });
    await this.knex('ln_sessions')
      .where({ id: session.id, state: 'awaiting_payment' })
      .update({ state: 'active', balance_sats: session.deposit_amount_sats, macaroon, last_activity_at: now });
  }

  /** Credits the paid top-up once: the update is guarded by the invoice it clears. `now` is the session's activity. */
  private async credit(session: SessionRow, now: Date): Promise<void> {
    const amount = session.topup_amount_sats;
    await this.knex('ln_sessions')
      .where({ id: session.id, topup_payment_hash: session.topup_payment_hash })
      .whereIn('state', ['active', 'paused'])
      .update({
        balance_sats: this.knex.raw('balance_sats + ?', [amount]),
        state: this.knex.raw(`case when balance_sats + reserved_sats + ? >= ? then 'active' else state end`, [amount, this.options.session.minimumBalanceSats]),
        topup_payment_hash: null,
        topup_payment_request: null,
        topup_amount_sats: null,
        last_activity_at: now,
      });
  }

  /**
   * Credits a top-up paid since the session was last looked at. Every operation on a session does this first, so
   * a request or a further top-up right after paying sees the payment without a getSession in between.
   */
  private async withPaidTopup(session: SessionRow, now: Date): Promise<SessionRow> {
    if (!session.topup_payment_hash || (session.state !== 'active' && session.state !== 'paused')) return session;
    // Read before asking the backend: a payment it has not seen cannot arrive after the invoice expired.
    const expiresAt = invoiceExpiresAt(session.topup_payment_request);
    const expired = expiresAt !== undefined && expiresAt.getTime() <= Date.now();
    if (!(await this.isPaid(session.topup_payment_hash))) {
      if (!expired) return session;
      // Nothing can pay it any more: it is dropped, so the session can be topped up again.
      await this.knex('ln_sessions')
        .where({ id: session.id, topup_payment_hash: session.topup_payment_hash })
        .update({ topup_payment_hash: null, topup_payment_request: null, topup_amount_sats: null });
      return this.load(session.id, now);
    }
    await this.credit(session, now);
    return this.load(session.id, now);
  }

  private async isPaid(paymentHash: string): Promise<boolean> {
    try {
      return await this.backend.isPaid(paymentHash);
    } catch (err) {
      // The backend's message is the client's to see; any other failure (our database) stays an opaque 500.
      if (!(err instanceof LightningError)) throw err;
      throw new HttpError(500, 'lightning_error', `Lightning backend error: ${err.message}`);
    }
  }

  /**
   * Gives back the reserves of this session's requests that have been running longer than any request can (their
   * server died before they settled), so a crash does not cost the session its reserve. Each request's reserve
   * moves back once: the update that ends it is guarded by its state, and a settle that comes after finds it ended.
   */
  private async returnAbandonedReserves(id: string): Promise<void> {
    const abandoned: { id: string; reserved_sats: number }[] = await this.knex('ln_session_requests')
      .where({ session_id: id, state: 'running' })
      .andWhereRaw('created_at < now() - ? * interval \'1 millisecond\'', [ABANDONED_AFTER_MS])
      .select('id', 'reserved_sats');
    for (const request of abandoned) {
      await this.knex.transaction(async (trx) => {
        const ended = await trx('ln_session_requests')
          .where({ id: request.id, state: 'running' })
          .update({ state: 'failed', error_message: 'The request did not finish (its server stopped); its reserve was given back' });
        if (ended !== 1) return;
        // Reserved sats move back to the balance: their sum, on which pausing is judged, does not change.
        await trx('ln_sessions')
          .where({ id })
          .update({ balance_sats: trx.raw('balance_sats + ?', [request.reserved_sats]), reserved_sats: trx.raw('reserved_sats - ?', [request.reserved_sats]) });
      });
    }
  }

  /** A session, expired first when it has been idle too long, with the reserves of abandoned requests given back. */
  private async load(id: string, now: Date): Promise<SessionRow> {
    let session: SessionRow | undefined = await this.knex('ln_sessions').where({ id }).first();
    if (!session) throw notFound();
    if (session.reserved_sats > 0) {
      await this.returnAbandonedReserves(id);
      session = (await this.knex('ln_sessions').where({ id }).first()) as SessionRow;
    }
    if ((session.state === 'active' || session.state === 'paused') && this.idle(session, now)) {
      session = await this.withTopupPaidWhileIdle(session, now);
      if (!this.idle(session, now)) return session;
      await this.knex('ln_sessions').where({ id, state: session.state }).update({ state: 'expired' });
      return { ...session, state: 'expired' };
    }
    return session;
  }

  private idle(session: SessionRow, now: Date): boolean {
    return now.getTime() - new Date(session.last_activity_at).getTime() > this.options.session.idleTtlMs;
  }

  /**
   * A session about to expire for idleness may hold a top-up paid since it was last looked at: paying it was activity,
   * and the money must count (decision 39). It is credited first, as active at the latest moment its invoice could be
   * paid (its expiry; the backend does not say when it was paid), so the session expires only if it has been idle
   * since then too, and then with the top-up in its balance.
   */
  private async withTopupPaidWhileIdle(session: SessionRow, now: Date): Promise<SessionRow> {
    if (!session.topup_payment_hash || !(await this.isPaid(session.topup_payment_hash))) return session;
    const payableUntil = invoiceExpiresAt(session.topup_payment_request)?.getTime() ?? now.getTime();
    const activity = Math.max(new Date(session.last_activity_at).getTime(), Math.min(payableUntil, now.getTime()));
    await this.credit(session, new Date(activity));
    return (await this.knex('ln_sessions').where({ id: session.id }).first()) as SessionRow;
  }

  /**
   * The session the macaroon was issued for, with any top-up paid meanwhile credited. An expired one is returned as
   * such: a request answers it 410, a top-up 409 (decision 13, the seed's "Session not active/paused").
   */
  private async owned(id: string, subject: string, now: Date): Promise<SessionRow> {
    const session = await this.load(id, now);
    if (subject !== id) throw new HttpError(403, 'forbidden', 'Macaroon does not grant access to this session');
    return this.withPaidTopup(session, now);
  }

  private invoiceInfo(paymentRequest: string, amountSats: number, paymentHash: string): SessionInvoiceInfo {
    return invoiceInfo(this.backend, paymentRequest, amountSats, paymentHash);
  }

  private view(session: SessionRow): SessionStatus {
    const status: SessionStatus = {
      sessionId: session.id,
      state: session.state,
      balanceSats: session.balance_sats,
      minimumBalanceSats: this.options.session.minimumBalanceSats,
    };
    if (session.state === 'awaiting_payment') {
      status.invoice = this.invoiceInfo(session.deposit_payment_request, session.deposit_amount_sats, session.deposit_payment_hash);
      return status;
    }
    status.expiresAt = new Date(new Date(session.last_activity_at).getTime() + this.options.session.idleTtlMs).toISOString();
    if (session.state === 'expired') return status;
    status.macaroon = session.macaroon;
    if (session.topup_payment_hash) status.pendingTopup = this.invoiceInfo(session.topup_payment_request, session.topup_amount_sats, session.topup_payment_hash);
    return status;
  }
}
