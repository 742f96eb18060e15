import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { HttpError, notFound } from '../../core/http-error.js';
import type { PartnerAccount, PartnerProvider } from './partner-provider.js';

type PartnerData = Record<string, unknown>;
type ClaimKey = { request_hash: string; response: PartnerData };

/** How long a claim's Idempotency-Key is kept (the spec's Decisions say 24 hours). */
const CLAIM_KEY_TTL_HOURS = 24;
const expiredBefore = (db: Knex) => db.raw(`now() - make_interval(hours => ${CLAIM_KEY_TTL_HOURS})`);

/** Thrown inside a claim's transaction to roll it back when a raced request with the same key committed first. */
class KeyTaken extends Error {}

/** JSON with object keys sorted, so two bodies that differ only in key order or whitespace hash alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as PartnerData)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

const requestHash = (payload: PartnerData) => createHash('sha256').update(canonicalJson(payload)).digest('hex');

/** The stored answer to a key, or a 422 when this request's body is not the one the key was first sent with. */
function replay(earlier: ClaimKey, hash: string): PartnerData {
  if (earlier.request_hash !== hash) {
    throw new HttpError(422, 'idempotency_key_reused', 'Idempotency-Key was already used for a claim with another body; use a new key for a new claim');
  }
  return earlier.response;
}

/**
 * How raced provisions wait. A claim older than `staleAfterMs` belonged to a process that died mid-call; it is
 * longer than any partner call should take. A waiting call gives up (a 500) after `waitMs`.
 */
export type ProvisionTiming = { staleAfterMs: number; waitMs: number; pollMs: number };
const DEFAULT_TIMING: ProvisionTiming = { staleAfterMs: 30_000, waitMs: 35_000, pollMs: 50 };

/** Provisioning, balances, token refresh and claims, persisted per user and partner. */
export class PartnerService {
  private readonly providers: Map<string, PartnerProvider>;

  constructor(
    private readonly knex: Knex,
    providers: PartnerProvider[],
    private readonly timing: ProvisionTiming = DEFAULT_TIMING,
  ) {
    this.providers = new Map(providers.map((p) => [p.name, p]));
  }

  /**
   * Idempotent: a second provision returns the existing account. Each ask creates an account at the partner, so
   * one provision of a user at a partner claims the right to ask; raced ones wait for the account it stores. A
   * claim whose holder died is taken over once stale; a holder that fails gives its claim up to the next caller.
   */
  async provision(ownerSub: string, partner: string, payload: PartnerData): Promise<PartnerData> {
    const provider = this.provider(partner);
    const deadline = Date.now() + this.timing.waitMs;
    for (;;) {
      const existing = await this.find(ownerSub, partner);
      if (existing) return this.view(provider, existing, { provisioned: false });
      const claimId = await this.claimProvisioning(ownerSub, partner);
      if (claimId) {
        // The holder before us may have stored its account and let go of the claim between our look and our claim
        // (the two commit together, so the account is visible now): then there is nothing left to ask.
        const stored = await this.find(ownerSub, partner);
        if (!stored) return this.provisionClaimed(provider, ownerSub, payload, claimId);
        await this.knex('lf_partner_provisionings').where({ claim_id: claimId }).delete();
        return this.view(provider, stored, { provisioned: false });
      }
      if (Date.now() > deadline) throw new Error(`provisioning ${partner} for ${ownerSub} is still claimed after ${this.timing.waitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.timing.pollMs));
    }
  }

  private async provisionClaimed(provider: PartnerProvider, ownerSub: string, payload: PartnerData, claimId: string): Promise<PartnerData> {
    const claim = { owner_sub: ownerSub, partner: provider.name };
    const ownClaim = { claim_id: claimId };
    try {
      const result = await provider.provision(ownerSub, payload);
      const row = await this.knex.transaction(async (trx) => {
        const [inserted] = await trx<PartnerAccount>('lf_partner_accounts')
          .insert({ ...claim, ...result, profile: JSON.stringify(result.profile) as unknown as Record<string, unknown> })
          .onConflict(['owner_sub', 'partner'])
          .ignore()
          .returning('*');
        await trx('lf_partner_provisionings').where(ownClaim).delete();
        return inserted;
      });
      if (row) return this.view(provider, row, { provisioned: true });
      // Only after this call's claim went stale and another took it over: the other one's account stands.
      return this.view(provider, (await this.find(ownerSub, provider.name))!, { provisioned: false });
    } catch (err) {
      // The partner's (or the database's) error is the answer; a claim left behind goes stale on its own.
      await this.knex('lf_partner_provisionings').where(ownClaim).delete().catch(() => {});
      throw err;
    }
  }

  /** A claim id when this call may ask the partner (no one held the claim, or its holder's went stale), else undefined. */
  private async claimProvisioning(ownerSub: string, partner: string): Promise<string | undefined> {
    const claimId = randomUUID();
    const { rows } = await this.knex.raw(
      `insert into lf_partner_provisionings (owner_sub, partner, claim_id) values (?, ?, ?)
       on conflict (owner_sub, partner) do update set claim_id = excluded.claim_id, claimed_at = now()
       where lf_partner_provisionings.claimed_at < now() - make_interval(secs => ?)
       returning claim_id`,
      [ownerSub, partner, claimId, this.timing.staleAfterMs / 1000],
    );
    return rows.length === 1 ? claimId : undefined;
  }

  async balance(ownerSub: string, partner: string): Promise<PartnerData> {
    const provider = this.provider(partner);
    const account = await this.requireAccount(ownerSub, partner);
    return { partner, environment: provider.environment, accountId: account.external_account_id, balance: Number(account.balance), currency: account.profile.currency ?? null, asOf: new Date().toISOString() };
  }

  async refreshToken(ownerSub: string, partner: string, payload: PartnerData): Promise<PartnerData> {
    const provider = this.provider(partner);
    const account = await this.requireAccount(ownerSub, partner);
    const tokens = await provider.refreshToken(account, payload);
    const [row] = await this.knex<PartnerAccount>('lf_partner_accounts')
      .where({ id: account.id, refresh_token: account.refresh_token })
      .update({ ...tokens, updated_at: this.knex.fn.now() as unknown as Date })
      .returning('*');
    // Another refresh with the same token won: this one's token is no longer current, as a reused token is not
    // (the spec has no 409 here, and the token is as spent as if the other refresh had come first).
    if (!row) throw new HttpError(400, 'invalid_refresh_token', 'refreshToken does not match the current token for this account');
    return { partner, environment: provider.environment, accessToken: row.access_token, refreshToken: row.refresh_token, expiresAt: row.token_expires_at.toISOString() };
  }

  /**
   * Records a claim and credits it. With an idempotency key, a retry answers what the first request answered and
   * credits nothing (see the spec's Decisions): the key is stored in the credit's transaction, so a raced retry's
   * insert waits for that transaction and then finds the key, and its own credit is rolled back.
   */
  async sendClaim(ownerSub: string, partner: string, payload: PartnerData, idempotencyKey?: string): Promise<{ data: PartnerData; replayed: boolean }> {
    const provider = this.provider(partner);
    const account = await this.requireAccount(ownerSub, partner);
    const keyed = idempotencyKey === undefined ? undefined : { owner_sub: ownerSub, partner, key: idempotencyKey, request_hash: requestHash(payload) };
    if (keyed) {
      const earlier = await this.claimKey(keyed);
      if (earlier) return { data: replay(earlier, keyed.request_hash), replayed: true };
    }
    const claim = await provider.claim(account, payload);
    const outcome = await this.knex.transaction(async (trx) => {
      const [stored] = await trx('lf_partner_claims')
        .insert({ account_id: account.id, claim_type: claim.claimType, amount: claim.amount, payload: JSON.stringify(payload), status: claim.status })
        .returning(['id', 'created_at']);
      const [updated] = await trx<PartnerAccount>('lf_partner_accounts')
        .where({ id: account.id })
        .increment('balance', claim.status === 'accepted' ? claim.amount : 0)
        .returning('*');
      const data: PartnerData = {
        partner,
        environment: provider.environment,
        claimId: stored.id,
        claimType: claim.claimType,
        amount: claim.amount,
        status: claim.status,
        balance: Number(updated.balance),
        createdAt: (stored.created_at as Date).toISOString(),
      };
      if (!keyed) return { data };
      // A key past its 24 hours is new again: drop it (and the caller's other expired keys) before storing this one.
      await trx('lf_partner_claim_keys').where({ owner_sub: ownerSub, partner }).andWhere('created_at', '<', expiredBefore(trx)).delete();
      const kept = await trx('lf_partner_claim_keys')
        .insert({ ...keyed, claim_id: stored.id, response: JSON.stringify(data) })
        .onConflict(['owner_sub', 'partner', 'key'])
        .ignore()
        .returning('key');
      // Another request with this key committed first: undo this credit and answer as that one did.
      if (kept.length === 0) throw new KeyTaken();
      return { data };
    }).catch((err: unknown) => {
      if (err instanceof KeyTaken) return undefined;
      throw err;
    });
    if (outcome) return { data: outcome.data, replayed: false };
    const winner = await this.claimKey(keyed!);
    // The winner's key cannot be gone: it committed a moment ago and lives 24 hours.
    if (!winner) throw new Error(`idempotency key of ${ownerSub} at ${partner} vanished after its claim committed`);
    return { data: replay(winner, keyed!.request_hash), replayed: true };
  }

  /** The answer stored under a key within its 24 hours. */
  private claimKey(keyed: { owner_sub: string; partner: string; key: string }): Promise<ClaimKey | undefined> {
    return this.knex('lf_partner_claim_keys')
      .where({ owner_sub: keyed.owner_sub, partner: keyed.partner, key: keyed.key })
      .andWhere('created_at', '>=', expiredBefore(this.knex))
      .first<ClaimKey | undefined>('request_hash', 'response');
  }

  private provider(partner: string): PartnerProvider {
    const provider = this.providers.get(partner);
    if (!provider) throw notFound(`Partner ${partner} is not registered`);
    return provider;
  }

  private find(ownerSub: string, partner: string): Promise<PartnerAccount | undefined> {
    return this.knex<PartnerAccount>('lf_partner_accounts').where({ owner_sub: ownerSub, partner }).first();
  }

  private async requireAccount(ownerSub: string, partner: string): Promise<PartnerAccount> {
    const account = await this.find(ownerSub, partner);
    if (!account) throw new HttpError(404, 'partner_not_provisioned', `No ${partner} account provisioned for this user`);
    return account;
  }

  private view(provider: PartnerProvider, account: PartnerAccount, extra: PartnerData): PartnerData {
    return {
      partner: account.partner,
      environment: provider.environment,
      accountId: account.external_account_id,
      status: account.status,
      balance: Number(account.balance),
      profile: account.profile,
      accessToken: account.access_token,
      refreshToken: account.refresh_token,
      expiresAt: account.token_expires_at.toISOString(),
      createdAt: account.created_at.toISOString(),
      ...extra,
    };
  }
}
