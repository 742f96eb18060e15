import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Passwords } from './passwords.js';
import { userView, type UserRow } from './views.js';

export type Tier = 'free' | 'pro' | 'enterprise';
export type NewUser = { email: string; password: string; tier?: Tier; firstName?: string; lastName?: string; emailVerified?: boolean };

/** Provisions an account (decision 3: no registration endpoint); e-mails are unique case-insensitively. */
export async function createUser(knex: Knex, passwords: Passwords, input: NewUser) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`not an e-mail address: ${input.email}`);
  if (input.password.length < 8) throw new Error('the password needs at least 8 characters');
  const row = {
    id: randomUUID(),
    email,
    password_hash: await passwords.hash(input.password),
    first_name: input.firstName ?? '',
    last_name: input.lastName ?? '',
    subscription_tier: input.tier ?? 'free',
    email_verified: input.emailVerified ?? false,
  };
  const [created]: UserRow[] = await knex('orch_users').insert(row).onConflict('email').ignore().returning('*');
  if (!created) throw new Error(`a user with e-mail ${email} already exists`);
  return userView(created);
}
