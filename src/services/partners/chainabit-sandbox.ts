import { randomBytes } from 'node:crypto';
import { HttpError } from '../../core/http-error.js';
import type { ClaimResult, PartnerAccount, PartnerProvider, ProvisionResult, TokenBundle } from './partner-provider.js';

const TOKEN_TTL_MS = 60 * 60 * 1000;
const STARTING_BALANCE = 1000;
const CLAIM_TYPES = ['reward', 'referral', 'bounty'];

const token = (prefix: string) => `${prefix}_${randomBytes(18).toString('base64url')}`;

/**
 * A payload field the partner refuses, in the shape every other `validation_failed` of this API has
 * (`details.errors`, one entry per failing field), so a client reads the failing field in one place.
 */
const invalid = (field: string, rule: string) =>
  new HttpError(400, 'validation_failed', `${field} ${rule}`, { errors: [{ location: 'body', path: `/${field}`, message: rule }] });

/**
 * A local, offline stand-in for Chainabit: accounts, balances, rotating OAuth-style tokens and claims behave as
 * the partner describes, with no network. Everything it returns is marked `environment: sandbox`.
 */
export class ChainabitSandbox implements PartnerProvider {
  readonly name = 'chainabit';
  readonly environment = 'sandbox';

  async provision(_ownerSub: string, payload: Record<string, unknown>): Promise<ProvisionResult> {
    const handle = payload.handle;
    if (handle !== undefined && (typeof handle !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(handle))) {
      throw invalid('handle', 'must be 1-64 letters, digits, dots, dashes or underscores');
    }
    return {
      external_account_id: `cb_sbx_${randomBytes(8).toString('hex')}`,
      status: 'active',
      balance: STARTING_BALANCE,
      ...this.tokens(),
      profile: { handle: handle ?? null, currency: 'CBT' },
    };
  }

  async refreshToken(account: PartnerAccount, payload: Record<string, unknown>): Promise<TokenBundle> {
    if (typeof payload.refreshToken !== 'string' || payload.refreshToken.length === 0) {
      throw invalid('refreshToken', 'must be a non-empty string');
    }
    if (payload.refreshToken !== account.refresh_token) {
      throw new HttpError(400, 'invalid_refresh_token', 'refreshToken does not match the current token for this account');
    }
    return this.tokens();
  }

  async claim(_account: PartnerAccount, payload: Record<string, unknown>): Promise<ClaimResult> {
    const { amount, claimType = 'reward' } = payload;
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0 || amount > 1_000_000) {
      throw invalid('amount', 'must be an integer from 1 to 1000000');
    }
    if (typeof claimType !== 'string' || !CLAIM_TYPES.includes(claimType)) {
      throw invalid('claimType', `must be one of ${CLAIM_TYPES.join(', ')}`);
    }
    return { claimType, amount, status: 'accepted' };
  }

  private tokens(): TokenBundle {
    return { access_token: token('cbat'), refresh_token: token('cbrt'), token_expires_at: new Date(Date.now() + TOKEN_TTL_MS) };
  }
}
