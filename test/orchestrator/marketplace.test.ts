import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { MarketplaceUnavailable } from '../../src/services/orchestrator/marketplace.js';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, createAgent, deployedWorkflow, newOrganization, servicesOf, startOrchestrator, type Cast } from './support.js';

let server: TestServer;
let cast: Cast;
const orgOwned = () => ({ owner_type: 'organization', owner_id: cast.organizationId });
const pricing = { type: 'subscription', amount: 9.99, currency: 'USD', interval: 'monthly' };
before(async () => {
  server = await startOrchestrator();
  cast = await newOrganization(server);
});
after(() => server.close());

const publish = (agentId: string, headers: Record<string, string>, body: object = { pricing, tags: ['support'] }) =>
  server.http.post(`${base}/agents/${agentId}/publish`).set(headers).send(body);

function marketplaceDown(method: 'list' | 'delist' | 'usage') {
  const client = servicesOf(server).marketplaceClient as unknown as Record<string, unknown>;
  const original = client[method];
  client[method] = async () => {
    throw new MarketplaceUnavailable('connection refused');
  };
  return () => (client[method] = original);
}

describe('publishAgent', () => {
  for (const role of ['owner', 'admin'] as const) {
    test(`200: the ${role} publishes a deployed agent on the local marketplace`, async () => {
      const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      const res = await publish(agentId, cast[role].headers);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'PublishAgentResponse', res.body), []);
      assert.match(res.body.marketplace_url, /^local:\/\//);
      assert.match(res.body.marketplace_agent_id, /^local-hyphrki-/);
    });
  }

  for (const role of ['member', 'viewer'] as const) {
    test(`403: the ${role}`, async () => {
      const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      assertError(await publish(agentId, cast[role].headers), 403, 'AUTHORIZATION_ERROR');
    });
  }

  test('404: the stranger', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await publish(agentId, cast.stranger.headers), 404, 'NOT_FOUND');
  });

  test('409: already published, and an agent not deployed', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    await publish(agentId, cast.owner.headers).expect(200);
    assertError(await publish(agentId, cast.owner.headers), 409, 'CONFLICT');
    const draft = await createAgent(server, cast.owner);
    assertError(await publish(draft.id, cast.owner.headers), 409, 'CONFLICT');
  });

  test('400: pricing as decision 20 says: required; amount and currency unless free; interval for subscriptions', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    for (const body of [{}, { pricing: { type: 'one_time', amount: 5 } }, { pricing: { type: 'subscription', amount: 5, currency: 'EUR' } }, { pricing: { type: 'one_time', amount: -1, currency: 'EUR' } }]) {
      assertError(await publish(agentId, cast.owner.headers, body), 400, 'VALIDATION_ERROR');
    }
    assert.equal((await publish(agentId, cast.owner.headers, { pricing: { type: 'free' } })).status, 200);
  });

  test('400: a price over 999999.99, with a third decimal, or a paid price of 0, naming pricing.amount; cents up to the maximum are listed (1e308 and 0.001 were listed)', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const paid = (amount: number, type = 'one_time') => ({ pricing: { type, amount, currency: 'USD', ...(type === 'subscription' ? { interval: 'yearly' } : {}) } });
    for (const body of [paid(1e308), paid(1000000), paid(999999.991), paid(0.001), paid(19.999, 'subscription'), paid(0), paid(0, 'subscription'), { pricing: { type: 'free', amount: 1e308 } }]) {
      const res = await publish(agentId, cast.owner.headers, body);
      assertError(res, 400, 'VALIDATION_ERROR');
      assert.ok(
        res.body.error.details.some((d: { field?: string }) => d.field === 'pricing.amount'),
        `${JSON.stringify(body)}: ${JSON.stringify(res.body.error.details)}`,
      );
    }
    assert.equal((await server.db.knex('orch_marketplace_integrations').where({ agent_id: agentId })).length, 0, 'nothing was listed');
    for (const amount of [0.29, 19.99, 999999.99]) {
      const res = await publish(agentId, cast.owner.headers, paid(amount, 'subscription'));
      assert.equal(res.status, 200, res.text);
      const read = await server.http.get(`${base}/agents/${agentId}/marketplace`).set(cast.owner.headers).expect(200);
      assert.equal(read.body.pricing.amount, amount);
      await server.http.post(`${base}/agents/${agentId}/unpublish`).set(cast.owner.headers).expect(200);
    }
  });

  /** Swaps the marketplace client's list and delist; `hold` pauses each listing until it resolves. */
  function watchMarketplace(hold?: Promise<void>) {
    const client = servicesOf(server).marketplaceClient as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const { list, delist } = client;
    const seen = { listed: [] as string[], delisted: [] as unknown[] };
    let listing!: () => void;
    const started = new Promise<void>((resolve) => (listing = resolve));
    client.list = async () => {
      listing();
      await hold;
      // As a real marketplace would: a new listing id for every listing.
      const marketplaceAgentId = `remote-${randomUUID()}`;
      seen.listed.push(marketplaceAgentId);
      return { marketplaceAgentId, url: `https://marketplace.test/${marketplaceAgentId}` };
    };
    client.delist = async (id: unknown) => void seen.delisted.push(id);
    return { seen, started, restore: () => Object.assign(client, { list, delist }) };
  }

  test('404 and 409: an agent deleted, or undeployed, while the marketplace listed it is not published, and the listing is withdrawn', async () => {
    for (const deleteIt of [true, false]) {
      const { agentId } = await deployedWorkflow(server, cast.owner);
      let release!: () => void;
      const { seen, started, restore } = watchMarketplace(new Promise<void>((resolve) => (release = resolve)));
      try {
        const publishing = publish(agentId, cast.owner.headers).then((r) => r);
        await started;
        await server.http.post(`${base}/agents/${agentId}/undeploy`).set(cast.owner.headers).expect(200);
        if (deleteIt) await server.http.delete(`${base}/agents/${agentId}`).set(cast.owner.headers).expect(200);
        release();
        const res = await publishing;
        if (deleteIt) assertError(res, 404, 'NOT_FOUND');
        else assertError(res, 409, 'CONFLICT');
        assert.deepEqual(seen.delisted, seen.listed, 'the listing made for it is taken back');
        assert.equal(await server.db.knex('orch_marketplace_integrations').where({ agent_id: agentId }).first(), undefined);
      } finally {
        restore();
      }
    }
  });

  test('409: of two publishes raced, the one whose listing was not stored withdraws it', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const { seen, restore } = watchMarketplace();
    try {
      const results = await Promise.all([publish(agentId, cast.owner.headers), publish(agentId, cast.owner.headers)]);
      const statuses = results.map((r) => r.status).sort();
      const stored = await server.db.knex('orch_marketplace_integrations').where({ agent_id: agentId }).first('marketplace_agent_id');
      assert.deepEqual(statuses, [200, 409]);
      assert.deepEqual(seen.delisted, seen.listed.filter((id) => id !== stored.marketplace_agent_id), 'only a listing that was not stored is withdrawn');
    } finally {
      restore();
    }
  });

  test('503: the marketplace cannot be reached', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const restore = marketplaceDown('list');
    try {
      const res = await publish(agentId, cast.owner.headers);
      assertError(res, 503, 'SERVICE_UNAVAILABLE');
      assert.ok(Number(res.headers['retry-after']) > 0);
    } finally {
      restore();
    }
  });

  test('401: without a token', async () => {
    assertError(await server.http.post(`${base}/agents/${randomUUID()}/publish`).send({ pricing }), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('getAgentMarketplaceIntegration', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} reads the integration with pricing, tags and usage`, async () => {
      const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      const published = await publish(agentId, cast.owner.headers);
      const res = await server.http.get(`${base}/agents/${agentId}/marketplace`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'MarketplaceIntegration', res.body), []);
      assert.deepEqual(
        [res.body.integration_id, res.body.status, res.body.pricing, res.body.tags, res.body.unpublished_at, res.body.usage_metrics],
        [published.body.integration_id, 'published', pricing, ['support'], null, { total_downloads: 0, active_users: 0, revenue: 0 }],
      );
    });
  }

  test('404: never published, and the stranger', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await server.http.get(`${base}/agents/${agentId}/marketplace`).set(cast.owner.headers), 404, 'NOT_FOUND');
    await publish(agentId, cast.owner.headers).expect(200);
    assertError(await server.http.get(`${base}/agents/${agentId}/marketplace`).set(cast.stranger.headers), 404, 'NOT_FOUND');
  });

  test('503: the marketplace cannot be reached', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    await publish(agentId, cast.owner.headers).expect(200);
    const restore = marketplaceDown('usage');
    try {
      assertError(await server.http.get(`${base}/agents/${agentId}/marketplace`).set(cast.owner.headers), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      restore();
    }
  });

  test('400 and 401', async () => {
    assertError(await server.http.get(`${base}/agents/x/marketplace`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/agents/${randomUUID()}/marketplace`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('unpublishAgent', () => {
  for (const role of ['owner', 'admin'] as const) {
    test(`200: the ${role} unpublishes; republishing reuses the integration; a published agent cannot be deleted`, async () => {
      const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      const first = await publish(agentId, cast.owner.headers);
      await server.http.post(`${base}/agents/${agentId}/undeploy`).set(cast.owner.headers).expect(200);
      assertError(await server.http.delete(`${base}/agents/${agentId}`).set(cast.owner.headers), 409, 'CONFLICT');
      const res = await server.http.post(`${base}/agents/${agentId}/unpublish`).set(cast[role].headers);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'UnpublishAgentResponse', res.body), []);
      assert.equal(res.body.integration_id, first.body.integration_id);
      const integration = await server.http.get(`${base}/agents/${agentId}/marketplace`).set(cast.owner.headers);
      assert.equal(integration.body.status, 'unpublished');
      assert.notEqual(integration.body.unpublished_at, null);
      await server.http.post(`${base}/agents/${agentId}/deploy`).set(cast.owner.headers).expect(200);
      const again = await publish(agentId, cast.owner.headers);
      assert.equal(again.body.integration_id, first.body.integration_id);
    });
  }

  for (const role of ['member', 'viewer'] as const) {
    test(`403: the ${role}`, async () => {
      const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      await publish(agentId, cast.owner.headers).expect(200);
      assertError(await server.http.post(`${base}/agents/${agentId}/unpublish`).set(cast[role].headers), 403, 'AUTHORIZATION_ERROR');
    });
  }

  test('404: the stranger; 409: not published', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await server.http.post(`${base}/agents/${agentId}/unpublish`).set(cast.owner.headers), 409, 'CONFLICT');
    await publish(agentId, cast.owner.headers).expect(200);
    assertError(await server.http.post(`${base}/agents/${agentId}/unpublish`).set(cast.stranger.headers), 404, 'NOT_FOUND');
  });

  test('503: the marketplace cannot be reached; the agent stays published', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    await publish(agentId, cast.owner.headers).expect(200);
    const restore = marketplaceDown('delist');
    try {
      assertError(await server.http.post(`${base}/agents/${agentId}/unpublish`).set(cast.owner.headers), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      restore();
    }
    assert.equal((await server.http.get(`${base}/agents/${agentId}/marketplace`).set(cast.owner.headers)).body.status, 'published');
  });

  test('400 and 401', async () => {
    assertError(await server.http.post(`${base}/agents/x/unpublish`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.post(`${base}/agents/${randomUUID()}/unpublish`), 401, 'AUTHENTICATION_ERROR');
  });
});
