import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
const OPTIONS = { algorithm: Algorithm.Argon2id } as const;

/**
 * Password hashing. `verifyOrWaste` does the same work whether or not the account exists: an unknown e-mail is
 * checked against a hash of a random password made once, so the two failures cost the same time.
 */
export class Passwords {
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verifyOrWaste(storedHash: string | undefined, password: string): Promise<boolean> {
    if (storedHash) return verify(storedHash, password).catch(() => false);
    this.decoy ??= hash(crypto.randomUUID(), OPTIONS);
    await verify(await this.decoy, password).catch(() => false);
    return false;
  }
}
