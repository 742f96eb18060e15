import type { Knex } from 'knex';
import type { Sealed, TokenCipher } from './token-cipher.js';

/** What a user stores for a provider (the spec's TokenData). */
export type TokenData = {
  providerId?: string;
  accessToken: string;
  refreshToken?: string;
  expiresAt?: number;
  type: 'api' | 'oauth' | 'browser' | 'local';
  scopes?: string[];
};

type TokenRow = { user_id: string; provider_id: string; key_id: string; nonce: Buffer; ciphertext: Buffer; auth_tag: Buffer };

const TABLE = 'hybrid_provider_tokens';
const associated = (userId: string, providerId: string) => `${userId}\0${providerId}`;
const sealedOf = (row: TokenRow): Sealed => ({ keyId: row.key_id, nonce: row.nonce, ciphertext: row.ciphertext, authTag: row.auth_tag });

/** Provider credentials per user, sealed at rest. Nothing here ever leaves the server: jobs open a token only for a call. */
export class TokenStore {
  constructor(
    private readonly knex: Knex,
    private readonly cipher: TokenCipher,
  ) {}

  /** Replaces the user's token for the provider. */
  async store(userId: string, providerId: string, data: TokenData): Promise<void> {
    const sealed = this.cipher.seal(JSON.stringify(data), associated(userId, providerId));
    await this.knex(TABLE)
      .insert({ user_id: userId, provider_id: providerId, ...columns(sealed) })
      .onConflict(['user_id', 'provider_id'])
      .merge({ ...columns(sealed), updated_at: this.knex.fn.now() });
  }

  /** Idempotent: deleting nothing is fine. */
  async delete(userId: string, providerId: string): Promise<void> {
    await this.knex(TABLE).where({ user_id: userId, provider_id: providerId }).delete();
  }

  /** The providers the user has a token for; reads no secret. */
  async providersOf(userId: string): Promise<string[]> {
    const rows: { provider_id: string }[] = await this.knex(TABLE).where({ user_id: userId }).select('provider_id');
    return rows.map((r) => r.provider_id);
  }

  /** The user's token for the provider, opened; undefined when none is stored. */
  async open(userId: string, providerId: string): Promise<TokenData | undefined> {
    const row: TokenRow | undefined = await this.knex(TABLE).where({ user_id: userId, provider_id: providerId }).first();
    return row && JSON.parse(this.cipher.open(sealedOf(row), associated(userId, providerId)));
  }

  /**
   * Re-seals every row not under the current key, a page at a time in key order. Each update is conditional on
   * the row still holding the ciphertext it read, so a token stored meanwhile is never overwritten with an older
   * one. A row that does not open (its key is in no setting, or it fails authentication) is left as it is and
   * reported by user and provider, so one bad row does not stop the rotation of the others.
   */
  async reencryptAll(pageSize = 200): Promise<{ reencrypted: number; unreadable: { userId: string; providerId: string }[] }> {
    const result = { reencrypted: 0, unreadable: [] as { userId: string; providerId: string }[] };
    let after: [string, string] | undefined;
    for (;;) {
      const page = this.knex(TABLE).whereNot({ key_id: this.cipher.currentKeyId }).orderBy(['user_id', 'provider_id']).limit(pageSize);
      if (after) page.whereRaw('(user_id, provider_id) > (?, ?)', after);
      const rows: TokenRow[] = await page;
      if (rows.length === 0) return result;
      for (const row of rows) {
        const aad = associated(row.user_id, row.provider_id);
        let plaintext: string;
        try {
          plaintext = this.cipher.open(sealedOf(row), aad);
        } catch {
          result.unreadable.push({ userId: row.user_id, providerId: row.provider_id });
          continue;
        }
        const sealed = this.cipher.seal(plaintext, aad);
        result.reencrypted += await this.knex(TABLE)
          .where({ user_id: row.user_id, provider_id: row.provider_id, key_id: row.key_id, nonce: row.nonce })
          .update({ ...columns(sealed), updated_at: this.knex.fn.now() });
      }
      const last = rows[rows.length - 1];
      after = [last.user_id, last.provider_id];
    }
  }
}

function columns(sealed: Sealed) {
  return { key_id: sealed.keyId, nonce: sealed.nonce, ciphertext: sealed.ciphertext, auth_tag: sealed.authTag };
}
