import type { Knex } from 'knex';
import { HttpError, notFound } from '../../core/http-error.js';
import type { PartnerAccount, PartnerProvider } from './partner-provider.js';

type PartnerData = Record<string, unknown>;

/** Provisioning, balances, token refresh and claims, persisted per user and partner. */
export class PartnerService {
  private readonly providers: Map<string, PartnerProvider>;

  constructor(
    private readonly knex: Knex,
    providers: PartnerProvider[],
  ) {
    this.providers = new Map(providers.map((p) => [p.name, p]));
  }

  /** Idempotent: a second provision returns the existing account. */
  async provision(ownerSub: string, partner: string, payload: PartnerData): Promise<PartnerData> {
    const provider = this.provider(partner);
    const existing = await this.find(ownerSub, partner);
    if (existing) return this.view(provider, existing, { provisioned: false });
    const result = await provider.provision(ownerSub, payload);
    const [row] = await this.knex<PartnerAccount>('lf_partner_accounts')
      .insert({ owner_sub: ownerSub, partner, ...result, profile: JSON.stringify(result.profile) as unknown as Record<string, unknown> })
      .onConflict(['owner_sub', 'partner'])
      .ignore()
      .returning('*');
    if (row) return this.view(provider, row, { provisioned: true });
    // A concurrent provision stored its account first: that one is the account, and this call provisioned nothing.
    return this.view(provider, (await this.find(ownerSub, partner))!, { provisioned: false });
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

  async sendClaim(ownerSub: string, partner: string, payload: PartnerData): Promise<PartnerData> {
    const provider = this.provider(partner);
    const account = await this.requireAccount(ownerSub, partner);
    const claim = await provider.claim(account, payload);
    return this.knex.transaction(async (trx) => {
      const [stored] = await trx('lf_partner_claims')
        .insert({ account_id: account.id, claim_type: claim.claimType, amount: claim.amount, payload: JSON.stringify(payload), status: claim.status })
        .returning(['id', 'created_at']);
      const [updated] = await trx<PartnerAccount>('lf_partner_accounts')
        .where({ id: account.id })
        .increment('balance', claim.status === 'accepted' ? claim.amount : 0)
        .returning('*');
      return {
        partner,
        environment: provider.environment,
        claimId: stored.id,
        claimType: claim.claimType,
        amount: claim.amount,
        status: claim.status,
        balance: Number(updated.balance),
        createdAt: (stored.created_at as Date).toISOString(),
      };
    });
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
