import type * as Argon2 from '@node-rs/argon2';
import { lazyRequire } from '../../core/lazy.js';

// A native addon, loaded on the first password hashed or checked: loading it was about 8 ms of every server start.
const argon2 = lazyRequire<typeof Argon2>('@node-rs/argon2');

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
const options = () => ({ algorithm: argon2().Algorithm.Argon2id });

/**
 * Password hashing. `verifyOrWaste` does the same work whether or not the account exists: an unknown e-mail is
 * checked against a hash of a random password made once, so the two failures cost the same time.
 */
export class Passwords {
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2().hash(password, options());
  }

  async verifyOrWaste(storedHash: string | undefined, password: string): Promise<boolean> {
    const { hash, verify } = argon2();
    if (storedHash) return verify(storedHash, password).catch(() => false);
    this.decoy ??= hash(crypto.randomUUID(), options());
    await verify(await this.decoy, password).catch(() => false);
    return false;
  }
}
