import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeInvoice, encodeInvoice } from '../../src/services/lightning/bolt11-codec.js';

export type OutgoingMode = 'success' | 'legacy-paid' | 'pending' | 'failed' | 'error-500' | 'refuse-400' | 'hang';

/**
 * A local server speaking LNbits' wire format (`/api/v1/payments` with `X-Api-Key`), with switches for the
 * failures a real one shows: hanging, 5xx, a refusal, a payment that stays pending.
 */
export class FakeLnbits {
  readonly apiKey = 'lnbits-admin-key';
  readonly paid = new Set<string>();
  /** Outgoing payments that failed after they were left pending: LNbits 1.x then answers `status: "failed"`. */
  readonly failed = new Set<string>();
  readonly outgoing: { bolt11: string }[] = [];
  outgoingMode: OutgoingMode = 'success';
  createMode: 'ok' | 'error-500' | 'hang' = 'ok';
  statusMode: 'ok' | 'error-500' = 'ok';
  private server?: Server;
  private readonly hanging = new Set<ServerResponse>();

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers['x-api-key'] !== this.apiKey) return send(401, { detail: 'Invalid key' });
    const hang = () => {
      this.hanging.add(res);
    };
    if (req.method === 'POST' && req.url === '/api/v1/payments') {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (body.out === false) {
        if (this.createMode === 'hang') return hang();
        if (this.createMode === 'error-500') return send(500, { detail: 'Internal Server Error' });
        const paymentHash = createHash('sha256').update(randomBytes(32)).digest('hex');
        const bolt11 = encodeInvoice({
          network: 'bitcoin',
          nodeKey: randomBytes(32).toString('hex'),
          amountSats: body.amount,
          paymentHash,
          paymentSecret: randomBytes(32).toString('hex'),
          description: body.memo,
          expirySeconds: 3600,
        });
        return send(201, { payment_hash: paymentHash, payment_request: bolt11, checking_id: paymentHash });
      }
      this.outgoing.push({ bolt11: body.bolt11 });
      // A real invoice is paid to its own payment hash; the placeholder strings some tests pay get one made up.
      const decoded = decodeInvoice(body.bolt11, 'bitcoin');
      const hash = decoded.ok ? decoded.invoice.paymentHash : createHash('sha256').update(body.bolt11).digest('hex');
      switch (this.outgoingMode) {
        case 'success':
          return send(201, { payment_hash: hash, checking_id: hash, status: 'success' });
        case 'legacy-paid':
          this.paid.add(hash);
          return send(201, { payment_hash: hash, checking_id: hash });
        case 'pending':
          return send(201, { payment_hash: hash, checking_id: hash, status: 'pending' });
        case 'failed':
          return send(201, { payment_hash: hash, checking_id: hash, status: 'failed' });
        case 'error-500':
          return send(500, { detail: 'Internal Server Error' });
        case 'refuse-400':
          return send(400, { detail: 'Insufficient balance.' });
        case 'hang':
          return hang();
      }
    }
    const status = /^\/api\/v1\/payments\/([0-9a-f]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && status) {
      if (this.statusMode === 'error-500') return send(500, { detail: 'Internal Server Error' });
      const paid = this.paid.has(status[1]);
      const state = paid ? 'success' : this.failed.has(status[1]) ? 'failed' : 'pending';
      return send(200, { paid, status: state, preimage: null, details: { status: state } });
    }
    send(404, { detail: 'Not Found' });
  }
}
