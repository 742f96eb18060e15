import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import bolt11 from 'bolt11';
import type { Services } from '../../src/apis/lightning/services.js';
import { encodeInvoice } from '../../src/services/lightning/bolt11-codec.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';

export type LightningServer = TestServer & { ln: Services };

/** The Lightning API alone, at its native base path `/api`. */
export async function startLightning(env: Record<string, string> = {}): Promise<LightningServer> {
  const server = await startTestServer(env, { apis: ['lightning'] });
  return Object.assign(server, { ln: server.servicesOf<Services>('lightning') });
}

export async function createJob(server: LightningServer, request = 'Summarise the Lightning whitepaper in three bullets.') {
  const res = await server.http.post('/api/jobs').send({ request });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { jobId: string; evalInvoice: { paymentHash: string; amountSats: number; paymentRequest: string } };
}

export async function pay(server: LightningServer, paymentHash: string) {
  const res = await server.http.post(`/api/dev/stub/pay/${paymentHash}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

/** Polls `GET /jobs/{id}` until the job reaches one of `states`. */
export async function pollJob(server: LightningServer, jobId: string, states: string[]) {
  return waitFor(async () => {
    const res = await server.http.get(`/api/jobs/${jobId}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return states.includes(res.body.state) ? res.body : undefined;
  });
}

/** A job taken through both payments to `complete`. */
export async function completedJob(server: LightningServer, request?: string) {
  const { jobId, evalInvoice } = await createJob(server, request);
  await pay(server, evalInvoice.paymentHash);
  const quoted = await pollJob(server, jobId, ['awaiting_work_payment']);
  await pay(server, quoted.workInvoice.paymentHash);
  return { jobId, job: await pollJob(server, jobId, ['complete']) };
}

/** A BOLT11 invoice from some other wallet (its own random node key), as a client claiming a refund makes. */
export function walletInvoice(options: { amountSats: number; network?: 'regtest' | 'bitcoin'; expirySeconds?: number; now?: Date }): string {
  return encodeInvoice({
    network: options.network ?? 'regtest',
    nodeKey: randomBytes(32).toString('hex'),
    amountSats: options.amountSats,
    paymentHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
    paymentSecret: randomBytes(32).toString('hex'),
    description: 'refund',
    expirySeconds: options.expirySeconds ?? 3600,
    now: options.now,
  });
}

export const decodeBolt11 = (pr: string) => bolt11.decode(pr, { bech32: 'bcrt', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] } as never);

/** Counts calls of an object's async method while leaving it working. */
export function countCalls<T extends object>(object: T, method: keyof T): { readonly count: number; restore(): void } {
  const original = object[method] as (...args: unknown[]) => unknown;
  let count = 0;
  object[method] = (async (...args: unknown[]) => {
    count += 1;
    return original.apply(object, args);
  }) as T[keyof T];
  return {
    get count() {
      return count;
    },
    restore: () => {
      object[method] = original as T[keyof T];
    },
  };
}

/** Makes the next call of `object[method]` throw. */
export function failOnce<T extends object>(object: T, method: keyof T, error: Error = new Error('simulated failure')): void {
  const original = object[method];
  object[method] = (async () => {
    object[method] = original;
    throw error;
  }) as T[keyof T];
}

/** A session paid and polled to `active`, with its macaroon. */
export async function activeSession(server: LightningServer, amountSats = 1000) {
  const created = await server.http.post('/api/sessions').send({ amount_sats: amountSats });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  await pay(server, created.body.invoice.paymentHash);
  const session = await server.http.get(`/api/sessions/${created.body.sessionId}`);
  assert.equal(session.body.state, 'active');
  return { id: created.body.sessionId as string, macaroon: session.body.macaroon as string, auth: { Authorization: `Bearer ${session.body.macaroon}` } };
}
