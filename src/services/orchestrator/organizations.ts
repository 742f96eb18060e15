import { randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { conflict, notFound } from './errors.js';
import { iso, organizationView, type OrganizationRow } from './views.js';
import type { Role } from './access.js';

const UNIQUE_VIOLATION = '23505';

/** Organizations and memberships; a caller sees only organizations they belong to (others are 404). */
export class Organizations {
  constructor(
    private readonly knex: Knex,
    /** Tells the user's open sockets that they joined or left the organization (they hear its events from then on). */
    private readonly membershipChanged: (userId: string, organizationId: string, member: boolean) => Promise<void>,
  ) {}

  async list(userId: string) {
    const rows: (OrganizationRow & { role: Role })[] = await this.knex('orch_organizations as o')
      .join('orch_memberships as m', 'm.organization_id', 'o.id')
      .where('m.user_id', userId)
      .orderBy([{ column: 'o.name' }, { column: 'o.id' }])
      .select('o.*', 'm.role');
    return rows.map((row) => ({ ...organizationView(row), role: row.role }));
  }

  /** The creator becomes the owner, in the same transaction as the organization (decision 18). */
  async create(userId: string, input: { name: string; slug?: string; subscription_tier?: OrganizationRow['subscription_tier'] }) {
    const row = { id: randomUUID(), name: input.name, slug: input.slug ?? slugOf(input.name), subscription_tier: input.subscription_tier ?? 'free' };
    try {
      const created = await this.knex.transaction(async (trx) => {
        const [org]: OrganizationRow[] = await trx('orch_organizations').insert(row).returning('*');
        await trx('orch_memberships').insert({ id: randomUUID(), organization_id: org.id, user_id: userId, role: 'owner' });
        return org;
      });
      await this.membershipChanged(userId, created.id, true);
      return organizationView(created);
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw conflict(`Slug '${row.slug}' is already taken`);
      throw err;
    }
  }

  async get(userId: string, organizationId: string) {
    const org: OrganizationRow | undefined = await this.knex('orch_organizations as o')
      .join('orch_memberships as m', 'm.organization_id', 'o.id')
      .where({ 'o.id': organizationId, 'm.user_id': userId })
      .first('o.*');
    if (!org) throw notFound('Organization');
    const members: { id: string; user_id: string; email: string; role: Role; joined_at: Date }[] = await this.knex('orch_memberships as m')
      .join('orch_users as u', 'u.id', 'm.user_id')
      .where('m.organization_id', organizationId)
      .orderBy([{ column: 'm.joined_at' }, { column: 'm.id' }])
      .select('m.id', 'm.user_id', 'u.email', 'm.role', 'm.joined_at');
    return { ...organizationView(org), members: members.map((m) => ({ ...m, joined_at: iso(m.joined_at) })) };
  }

  /** The caller's role in an organization, or undefined when they are not a member (or it does not exist). */
  async roleOf(userId: string, organizationId: string): Promise<{ role: Role; tier: OrganizationRow['subscription_tier'] } | undefined> {
    return this.knex('orch_memberships as m')
      .join('orch_organizations as o', 'o.id', 'm.organization_id')
      .where({ 'm.user_id': userId, 'm.organization_id': organizationId })
      .first('m.role', 'o.subscription_tier as tier');
  }

  /** Adds a member; the spec has no endpoint for it (decision 18), so it serves the server's own tools and tests. */
  async addMember(organizationId: string, userId: string, role: Role): Promise<void> {
    await this.knex('orch_memberships').insert({ id: randomUUID(), organization_id: organizationId, user_id: userId, role });
    await this.membershipChanged(userId, organizationId, true);
  }

  /**
   * Removes a member (server tools and tests, like addMember); their open sockets stop hearing the organization. The
   * last owner is never removed (409): an organization without one has nobody left who may delete or publish its
   * agents. The organization's row lock makes two owners removing each other at once leave one of them.
   */
  async removeMember(organizationId: string, userId: string): Promise<void> {
    const removed = await this.knex.transaction(async (trx) => {
      const org = await trx('orch_organizations').where({ id: organizationId }).forUpdate().first('id');
      if (!org) return false;
      const member: { role: Role } | undefined = await trx('orch_memberships').where({ organization_id: organizationId, user_id: userId }).first('role');
      if (!member) return false;
      if (member.role === 'owner') {
        const [{ owners }] = await trx('orch_memberships').where({ organization_id: organizationId, role: 'owner' }).count<{ owners: string | number }[]>({ owners: '*' });
        if (Number(owners) <= 1) throw conflict('The last owner of an organization cannot be removed');
      }
      await trx('orch_memberships').where({ organization_id: organizationId, user_id: userId }).delete();
      return true;
    });
    if (removed) await this.membershipChanged(userId, organizationId, false);
  }
}

/**
 * Accents dropped (`Société` -> `societe`), lower-cased, runs of anything else than a-z and 0-9 become one `-`; too
 * short a result gets a random tail.
 */
export function slugOf(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return base.length >= 3 ? base : [base, randomBytes(3).toString('hex')].filter(Boolean).join('-');
}
