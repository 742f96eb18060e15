import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export type Sealed = { keyId: string; nonce: Buffer; ciphertext: Buffer; authTag: Buffer };

/** A 32-byte key given as base64 or hex (64 hex digits). */
export function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('a token encryption key must be 32 bytes, given as base64 or 64 hex digits');
  return key;
}

/** A key's id: a fingerprint that names it in every row it sealed, without revealing it. */
export const keyIdOf = (key: Buffer) => createHash('sha256').update('hybrid-token-key\0').update(key).digest('hex').slice(0, 16);

/**
 * AES-256-GCM with a fresh 96-bit nonce per seal. The additional data binds a ciphertext to its row (user and
 * provider), so a sealed token copied to another row does not open. Seals with the current key; opens with
 * any key of the ring.
 */
export class TokenCipher {
  readonly currentKeyId: string;
  private readonly ring = new Map<string, Buffer>();

  constructor(current: string, previous: string[] = []) {
    const key = parseKey(current);
    this.currentKeyId = keyIdOf(key);
    this.ring.set(this.currentKeyId, key);
    for (const old of previous) {
      const parsed = parseKey(old);
      if (!this.ring.has(keyIdOf(parsed))) this.ring.set(keyIdOf(parsed), parsed);
    }
  }

  seal(plaintext: string, associated: string): Sealed {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.ring.get(this.currentKeyId)!, nonce);
    cipher.setAAD(Buffer.from(associated, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: this.currentKeyId, nonce, ciphertext, authTag: cipher.getAuthTag() };
  }

  open(sealed: Sealed, associated: string): string {
    const key = this.ring.get(sealed.keyId);
    if (!key) throw new Error(`token sealed with key ${sealed.keyId}, which is neither TOKEN_ENCRYPTION_KEY nor in TOKEN_ENCRYPTION_PREVIOUS_KEYS`);
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce);
    decipher.setAAD(Buffer.from(associated, 'utf8'));
    decipher.setAuthTag(sealed.authTag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  }
}
