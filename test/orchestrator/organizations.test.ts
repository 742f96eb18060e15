import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, newOrganization, newUser, servicesOf, startOrchestrator, type Cast } from './support.js';

let server: TestServer;
let cast: Cast;
before(async () => {
  server = await startOrchestrator();
  cast = await newOrganization(server);
});
after(() => server.close());

describe('createOrganization', () => {
  test('201: the creator is owner, the slug is derived from the name, the tier defaults to free', async () => {
    const user = await newUser(server);
    const name = `Acme Corp ${randomUUID().slice(0, 8)}`;
    const res = await server.http.post(`${base}/organizations`).set(user.headers).send({ name });
    assert.equal(res.status, 201);
    assert.deepEqual(schemaErrors('orchestrator', 'Organization', res.body), []);
    assert.equal(res.body.slug, name.toLowerCase().replace(/ /g, '-'));
    assert.equal(res.body.subscription_tier, 'free');
    assert.equal(res.headers.location, `/api/v1/organizations/${res.body.id}`);
    const list = await server.http.get(`${base}/organizations`).set(user.headers);
    assert.deepEqual(list.body.organizations.map((o: { id: string; role: string }) => [o.id, o.role]), [[res.body.id, 'owner']]);
  });

  test('201: accented letters keep their base letter in the slug (Société Générale was soci-t-g-n-rale)', async () => {
    const tail = randomUUID().slice(0, 8);
    const res = await server.http.post(`${base}/organizations`).set(cast.owner.headers).send({ name: `Société Générale Ünïcode ${tail}` });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.slug, `societe-generale-unicode-${tail}`);
  });

  test('201: a short name still gets a valid slug', async () => {
    const user = await newUser(server);
    const res = await server.http.post(`${base}/organizations`).set(user.headers).send({ name: '!' });
    assert.equal(res.status, 201);
    assert.match(res.body.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('409: a slug already taken, by anyone', async () => {
    const slug = `taken-${randomUUID().slice(0, 8)}`;
    const first = await server.http.post(`${base}/organizations`).set(cast.owner.headers).send({ name: 'First', slug });
    assert.equal(first.status, 201);
    const res = await server.http.post(`${base}/organizations`).set(cast.stranger.headers).send({ name: 'Second', slug });
    assertError(res, 409, 'CONFLICT');
  });

  test('400: a bad slug and a missing name', async () => {
    assertError(await server.http.post(`${base}/organizations`).set(cast.owner.headers).send({ name: 'X', slug: 'Bad Slug' }), 400, 'VALIDATION_ERROR');
    assertError(await server.http.post(`${base}/organizations`).set(cast.owner.headers).send({ slug: 'fine-slug' }), 400, 'VALIDATION_ERROR');
  });

  test('400: a name of whitespace alone names name, and creates nothing', async () => {
    const user = await newUser(server);
    const res = await server.http.post(`${base}/organizations`).set(user.headers).send({ name: ' \t ' });
    assertError(res, 400, 'VALIDATION_ERROR');
    assert.deepEqual(res.body.error.details.map((d: { field: string }) => d.field), ['name']);
    assert.equal((await server.http.get(`${base}/organizations`).set(user.headers)).body.organizations.length, 0);
  });

  test('401: without a token', async () => {
    assertError(await server.http.post(`${base}/organizations`).send({ name: 'X' }), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('listOrganizations', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: a${role === 'owner' || role === 'admin' ? 'n' : ''} ${role} sees the organization with their role`, async () => {
      const res = await server.http.get(`${base}/organizations`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'OrganizationListResponse', res.body), []);
      const mine = res.body.organizations.find((o: { id: string }) => o.id === cast.organizationId);
      assert.equal(mine?.role, role);
    });
  }

  test('200: a stranger sees none of it', async () => {
    const res = await server.http.get(`${base}/organizations`).set(cast.stranger.headers);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.organizations, []);
  });

  test('401: without a token', async () => {
    assertError(await server.http.get(`${base}/organizations`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('getOrganization', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} reads it with every member`, async () => {
      const res = await server.http.get(`${base}/organizations/${cast.organizationId}`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'OrganizationDetail', res.body), []);
      const roles = Object.fromEntries(res.body.members.map((m: { user_id: string; role: string }) => [m.user_id, m.role]));
      assert.deepEqual(roles, { [cast.owner.id]: 'owner', [cast.admin.id]: 'admin', [cast.member.id]: 'member', [cast.viewer.id]: 'viewer' });
    });
  }

  test('404: a stranger, exactly as for an organization that does not exist', async () => {
    const hidden = await server.http.get(`${base}/organizations/${cast.organizationId}`).set(cast.stranger.headers);
    const missing = await server.http.get(`${base}/organizations/${randomUUID()}`).set(cast.stranger.headers);
    assertError(hidden, 404, 'NOT_FOUND');
    assertError(missing, 404, 'NOT_FOUND');
    assert.equal(hidden.body.error.message, missing.body.error.message);
  });

  test('400: an id that is not a uuid', async () => {
    assertError(await server.http.get(`${base}/organizations/nope`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
  });

  test('401: without a token', async () => {
    assertError(await server.http.get(`${base}/organizations/${cast.organizationId}`), 401, 'AUTHENTICATION_ERROR');
  });
});

// The API has no member endpoints (decision 18); the service's removeMember serves the server's tools and tests.
describe('removeMember', () => {
  test('409: the last owner is not removed and the organization keeps its owner (it was left with none)', async () => {
    const org = await newOrganization(server);
    const organizations = servicesOf(server).organizations;
    await assert.rejects(organizations.removeMember(org.organizationId, org.owner.id), { status: 409, code: 'CONFLICT' });
    const res = await server.http.get(`${base}/organizations/${org.organizationId}`).set(org.owner.headers);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.members.filter((m: { role: string }) => m.role === 'owner').map((m: { user_id: string }) => m.user_id), [org.owner.id]);
  });

  test('an owner is removed while another owner stays, and then the one left is the last', async () => {
    const org = await newOrganization(server);
    const organizations = servicesOf(server).organizations;
    const second = await newUser(server);
    await organizations.addMember(org.organizationId, second.id, 'owner');
    await organizations.removeMember(org.organizationId, org.owner.id);
    await organizations.removeMember(org.organizationId, org.viewer.id);
    assertError(await server.http.get(`${base}/organizations/${org.organizationId}`).set(org.owner.headers), 404, 'NOT_FOUND');
    await assert.rejects(organizations.removeMember(org.organizationId, second.id), { status: 409 });
  });

  test('409: two owners removing each other at once leave one owner', async () => {
    const org = await newOrganization(server);
    const organizations = servicesOf(server).organizations;
    const second = await newUser(server);
    await organizations.addMember(org.organizationId, second.id, 'owner');
    const results = await Promise.allSettled([organizations.removeMember(org.organizationId, org.owner.id), organizations.removeMember(org.organizationId, second.id)]);
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    const owners = await server.db.knex('orch_memberships').where({ organization_id: org.organizationId, role: 'owner' }).count<{ n: string }[]>({ n: '*' });
    assert.equal(Number(owners[0].n), 1);
  });
});
