import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it, before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadChannelContract, type ChannelContract } from '../../src/core/websocket/contract.js';
import type { WsErrorKind, WsProtocol } from '../../src/core/websocket/protocol.js';
import { connect, startChannel, type Harness } from '../support/websocket-harness.js';

const orchestratorAsyncApi = fileURLToPath(new URL('../../specs/orchestrator/asyncapi.yaml', import.meta.url));

const codes: Record<WsErrorKind, string> = {
  unauthenticated: 'AUTHENTICATION_ERROR',
  invalid_message: 'VALIDATION_ERROR',
  rate_limited: 'RATE_LIMIT_EXCEEDED',
};

/** The orchestrator's contract expressed as a protocol, as its API module would. */
const orchestratorProtocol: WsProtocol = {
  authMessage: 'auth',
  tokenOf: (m) => String(m.token),
  authSuccess: (p) => ({ type: 'auth_success', data: { user_id: p.subject, expires_at: p.expiresAt!.toISOString() } }),
  error: (kind, message, details) => ({
    type: 'error',
    error: { code: codes[kind], message, details, timestamp: new Date().toISOString(), correlation_id: randomUUID() },
  }),
  unauthenticatedCloseCode: 4401,
};

describe("the orchestrator's AsyncAPI document", () => {
  let contract: ChannelContract;
  let h: Harness;
  const user = randomUUID();
  before(async () => {
    contract = await loadChannelContract(orchestratorAsyncApi);
    h = await startChannel(contract, {
      protocol: orchestratorProtocol,
      authenticate: async (token) => {
        if (token !== 'valid-jwt') throw new Error('invalid');
        return { subject: user, expiresAt: new Date(Date.now() + 3600_000) };
      },
    });
  });
  after(() => h.close());

  it('parses into its channel address, message types and directions', () => {
    assert.equal(contract.address, '/ws');
    const summary = Object.fromEntries(contract.messages.map((m) => [m.type, `${m.sentByServer ? 'send' : ''}${m.receivedByServer ? 'receive' : ''}`]));
    assert.deepEqual(summary, {
      auth: 'receive',
      auth_success: 'send',
      error: 'send',
      execution_update: 'send',
      agent_status_update: 'send',
      marketplace_update: 'send',
    });
    const error = contract.messages.find((m) => m.type === 'error')!;
    assert.equal(JSON.stringify(error.payload).includes('$ref'), false, 'the split files are dereferenced');
  });

  it('is what generated/orchestrator/asyncapi.json caches for production start-up', async () => {
    const cached = await loadChannelContract(fileURLToPath(new URL('../../generated/orchestrator/asyncapi.json', import.meta.url)));
    assert.deepEqual(cached, contract);
  });

  it('serves its documented handshake: auth_success, VALIDATION_ERROR on an unknown type, events for the user', async () => {
    const c = await connect(h.url);
    c.send({ type: 'subscribe' });
    const invalid = await c.next();
    assert.equal(invalid.error.code, 'VALIDATION_ERROR');
    assert.deepEqual(invalid.error.details, [{ field: 'type', message: "Unknown message type 'subscribe'" }]);
    c.send({ type: 'auth', token: 'valid-jwt' });
    const success = await c.next();
    assert.equal(success.type, 'auth_success');
    assert.equal(success.data.user_id, user);
    const update = { type: 'execution_update', data: { execution_id: randomUUID(), status: 'running', progress: 45, current_step: 'step-1' } };
    await h.channel.publish(update, [user]);
    assert.deepEqual(await c.next(), update);
    await assert.rejects(h.channel.publish({ ...update, data: { ...update.data, progress: 101 } }, [user]), /progress must be <= 100/);
    c.ws.close();
  });

  it('closes with 4401 after an AUTHENTICATION_ERROR for a bad token', async () => {
    const c = await connect(h.url);
    c.send({ type: 'auth', token: 'forged' });
    assert.equal((await c.next()).error.code, 'AUTHENTICATION_ERROR');
    assert.equal((await c.closed).code, 4401);
  });
});
