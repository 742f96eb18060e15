export type PartnerAccount = {
  id: string;
  owner_sub: string;
  partner: string;
  external_account_id: string;
  status: string;
  balance: number;
  access_token: string;
  refresh_token: string;
  token_expires_at: Date;
  profile: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
};

export type ProvisionResult = Pick<PartnerAccount, 'external_account_id' | 'status' | 'balance' | 'access_token' | 'refresh_token' | 'token_expires_at' | 'profile'>;
export type TokenBundle = Pick<PartnerAccount, 'access_token' | 'refresh_token' | 'token_expires_at'>;
export type ClaimResult = { claimType: string; amount: number; status: 'accepted' | 'rejected'; reason?: string };

/**
 * One partner integration. Implementations talk to the partner (or, for the local sandbox, pretend to);
 * PartnerService owns persistence, ownership and errors. Payloads are partner-specific and checked here.
 */
export interface PartnerProvider {
  readonly name: string;
  /** Labels where the data comes from, e.g. 'sandbox' for the local stand-in. */
  readonly environment: string;
  provision(ownerSub: string, payload: Record<string, unknown>): Promise<ProvisionResult>;
  refreshToken(account: PartnerAccount, payload: Record<string, unknown>): Promise<TokenBundle>;
  claim(account: PartnerAccount, payload: Record<string, unknown>): Promise<ClaimResult>;
}
