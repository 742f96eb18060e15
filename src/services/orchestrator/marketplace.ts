import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { findVisibleAgent, requireRight } from './access.js';
import { conflict, invalid, notFound, unavailable } from './errors.js';
import type { Publish } from './deployments.js';
import { agentAudience } from './realtime.js';
import { iso } from './views.js';

/** The marketplace could not be reached; 503 with Retry-After (decision 12). */
export class MarketplaceUnavailable extends Error {}

/** Where agents are listed. The local marketplace is the default; a real one (hyphrki) would be another adapter. */
export interface MarketplaceClient {
  readonly label: string;
  /** Lists the agent; resolves with its id and page on the marketplace. */
  list(agent: { id: string; name: string }, marketplaceName: string): Promise<{ marketplaceAgentId: string; url: string }>;
  delist(marketplaceAgentId: string): Promise<void>;
  /** The listing's usage as the marketplace reports it, or undefined to keep the figures already stored. */
  usage(marketplaceAgentId: string): Promise<{ total_downloads: number; active_users: number; revenue: number } | undefined>;
}

/** Needs no network: ids and URLs say `local`, and nothing leaves this server. */
export class LocalMarketplace implements MarketplaceClient {
  readonly label = 'local';

  async list(agent: { id: string }, marketplaceName: string) {
    const marketplaceAgentId = `local-${marketplaceName}-${agent.id}`;
    return { marketplaceAgentId, url: `local://marketplace/${marketplaceName}/agents/${marketplaceAgentId}` };
  }

  async delist(): Promise<void> {}

  async usage(): Promise<undefined> {
    return undefined;
  }
}

type IntegrationRow = {
  id: string;
  agent_id: string;
  marketplace_name: 'hyphrki';
  marketplace_agent_id: string;
  marketplace_url: string;
  status: 'published' | 'unpublished';
  pricing: Pricing;
  tags: string[];
  published_at: Date;
  unpublished_at: Date | null;
  total_downloads: number;
  active_users: number;
  revenue: string | number;
};

export type Pricing = { type: 'free' | 'one_time' | 'subscription'; amount?: number; currency?: string; interval?: 'monthly' | 'yearly' };
export type PublishRequest = { marketplace_name?: 'hyphrki'; pricing: Pricing; description?: string; tags?: string[] };

const usage = (row: IntegrationRow) => ({ total_downloads: row.total_downloads, active_users: row.active_users, revenue: Number(row.revenue) });

/** Publishing an agent: owners and admins, deployed agents only; the integration row is reused on republish. */
export class Marketplace {
  constructor(
    private readonly knex: Knex,
    private readonly client: MarketplaceClient,
    private readonly publish: Publish,
  ) {}

  async publishAgent(userId: string, agentId: string, request: PublishRequest) {
    // Whole cents (decision 37), checked with the request's other values, before the agent is looked up. The spec
    // cannot say it: its validator's `multipleOf: 0.01` refuses 19.99, whose binary value is not a whole number of 0.01s.
    const { amount } = request.pricing;
    if (amount !== undefined && Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6) throw invalid('pricing.amount', 'must be in whole cents (at most two decimals)');
    const agent = await findVisibleAgent(this.knex, userId, agentId);
    requireRight(agent, userId, 'manage');
    const name = request.marketplace_name ?? 'hyphrki';
    const existing: IntegrationRow | undefined = await this.knex('orch_marketplace_integrations').where({ agent_id: agentId, marketplace_name: name }).first();
    if (existing?.status === 'published') throw conflict('Agent is already published');
    if (agent.status !== 'active') throw conflict('Only a deployed agent can be published');
    const listed = await reachable(() => this.client.list(agent, name));
    const values = {
      marketplace_agent_id: listed.marketplaceAgentId,
      marketplace_url: listed.url,
      status: 'published',
      pricing: JSON.stringify(request.pricing),
      description: request.description ?? null,
      tags: JSON.stringify(request.tags ?? []),
      published_at: this.knex.fn.now(),
      unpublished_at: null,
    };
    let row: IntegrationRow;
    try {
      row = await this.knex.transaction(async (trx) => {
        // Under the agent's lock, which delete takes too, and read again: the agent may have been undeployed or
        // deleted while the marketplace listed it, and another publish may have stored its listing first.
        const now = await findVisibleAgent(trx, userId, agentId, true);
        if (now.status !== 'active') throw conflict('Only a deployed agent can be published');
        const [written]: IntegrationRow[] = existing
          ? await trx('orch_marketplace_integrations').where({ id: existing.id, status: 'unpublished' }).update(values).returning('*')
          : await trx('orch_marketplace_integrations')
              .insert({ id: randomUUID(), agent_id: agentId, marketplace_name: name, ...values })
              .onConflict(['agent_id', 'marketplace_name'])
              .ignore()
              .returning('*');
        if (!written) throw conflict('Agent is already published');
        return written;
      });
    } catch (err) {
      await this.withdraw(agentId, name, listed.marketplaceAgentId);
      throw err;
    }
    await this.announce(row, agent);
    return { integration_id: row.id, marketplace_agent_id: row.marketplace_agent_id, status: 'published' as const, published_at: iso(row.published_at), marketplace_url: row.marketplace_url };
  }

  async integration(userId: string, agentId: string) {
    await findVisibleAgent(this.knex, userId, agentId);
    const row: IntegrationRow | undefined = await this.knex('orch_marketplace_integrations').where({ agent_id: agentId }).orderBy('published_at', 'desc').first();
    if (!row) throw notFound('Marketplace integration');
    const reported = await reachable(() => this.client.usage(row.marketplace_agent_id));
    return {
      integration_id: row.id,
      marketplace_name: row.marketplace_name,
      marketplace_agent_id: row.marketplace_agent_id,
      status: row.status,
      marketplace_url: row.marketplace_url,
      pricing: row.pricing,
      tags: row.tags,
      published_at: iso(row.published_at),
      unpublished_at: row.unpublished_at ? iso(row.unpublished_at) : null,
      usage_metrics: reported ?? usage(row),
    };
  }

  async unpublishAgent(userId: string, agentId: string) {
    const agent = await findVisibleAgent(this.knex, userId, agentId);
    requireRight(agent, userId, 'manage');
    const current: IntegrationRow | undefined = await this.knex('orch_marketplace_integrations').where({ agent_id: agentId, status: 'published' }).first();
    if (!current) throw conflict('Agent is not published');
    await reachable(() => this.client.delist(current.marketplace_agent_id));
    const [row]: IntegrationRow[] = await this.knex('orch_marketplace_integrations')
      .where({ id: current.id, status: 'published' })
      .update({ status: 'unpublished', unpublished_at: this.knex.fn.now() })
      .returning('*');
    if (!row) throw conflict('Agent is not published');
    await this.announce(row, agent);
    return { integration_id: row.id, status: 'unpublished' as const, unpublished_at: iso(row.unpublished_at!) };
  }

  /**
   * Takes back a listing this server made but did not store. A marketplace that lists an agent under the same id
   * every time (the local one) gave the stored listing that id too: that one stays. A failure to delist leaves the
   * listing orphaned at the marketplace; the caller's own error is the answer either way.
   */
  private async withdraw(agentId: string, name: string, marketplaceAgentId: string): Promise<void> {
    const stored = await this.knex('orch_marketplace_integrations').where({ agent_id: agentId, marketplace_name: name, status: 'published', marketplace_agent_id: marketplaceAgentId }).first('id');
    if (!stored) await this.client.delist(marketplaceAgentId).catch(() => {});
  }

  /** Whether the agent is listed anywhere: such an agent may not be deleted (decision 11). */
  async isPublished(agentId: string, db: Knex | Knex.Transaction = this.knex): Promise<boolean> {
    return Boolean(await db('orch_marketplace_integrations').where({ agent_id: agentId, status: 'published' }).first('id'));
  }

  private async announce(row: IntegrationRow, agent: { owner_user_id: string | null; owner_org_id: string | null }): Promise<void> {
    await this.publish({ type: 'marketplace_update', data: { agent_id: row.agent_id, integration_id: row.id, status: row.status, usage_metrics: usage(row) } }, agentAudience(agent));
  }
}

async function reachable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof MarketplaceUnavailable) throw unavailable('Marketplace');
    throw err;
  }
}
