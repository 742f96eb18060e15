import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { jwtVerify } from 'jose';
import pg from 'pg';

// LenserFight getRunStatus written by hand: node:http + a pg Pool (10 connections, like the framework's knex
// pool), the bearer JWT verified with jose HS256 as the framework does, the same two queries, and the same
// `{data, meta}` / `{error, meta}` envelopes and X-Request-Id header. DATABASE_URL, JWT_SECRET and PORT from env.
const secret = process.env.JWT_SECRET;
if (!secret || !process.env.DATABASE_URL) throw new Error('pg-handwritten needs DATABASE_URL and JWT_SECRET');
const key = new TextEncoder().encode(secret);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const PREFIX = '/lenserfight/v1/runs/';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function send(res: ServerResponse, requestId: string, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'X-Request-Id': requestId,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

const server = createServer(async (req, res) => {
  const started = performance.now();
  const requestId = randomUUID();
  const meta = () => ({ requestId, durationMs: Math.round(performance.now() - started) });
  const fail = (status: number, code: string, message: string) => send(res, requestId, status, { error: { code, message }, meta: meta() });
  try {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (!path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length) !== -1) return fail(404, 'not_found', `No route for ${req.method} ${path}`);
    if (req.method !== 'GET') return fail(405, 'method_not_allowed', `${req.method} is not allowed here`);

    const header = req.headers.authorization;
    if (!header) return fail(401, 'unauthorized', 'Missing bearer token');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return fail(401, 'unauthorized', 'Authorization header must be "Bearer <token>"');
    let subject: string;
    try {
      const { payload } = await jwtVerify(match[1], key, { algorithms: ['HS256'] });
      if (!payload.sub) throw new Error('token has no subject');
      subject = payload.sub;
    } catch (err) {
      const expired = (err as { code?: string }).code === 'ERR_JWT_EXPIRED';
      return fail(401, 'unauthorized', expired ? 'Bearer token has expired' : 'Bearer token is invalid');
    }

    const runId = decodeURIComponent(path.slice(PREFIX.length));
    if (!UUID.test(runId)) return fail(400, 'validation_failed', 'runId must be a uuid');

    const { rows } = await pool.query('select * from lf_runs where id = $1 and owner_sub = $2 limit 1', [runId, subject]);
    const run = rows[0];
    if (!run) return fail(404, 'not_found', `Run ${runId} not found`);
    const artifacts = await pool.query(
      'select * from lf_artifacts where run_id = $1 order by is_primary_output desc, created_at asc, id asc',
      [run.id],
    );
    send(res, requestId, 200, {
      data: {
        id: run.id,
        requestId: run.request_id,
        status: run.status,
        modelId: run.model_id,
        modelKey: run.model_key,
        providerKey: run.provider_key,
        startedAt: iso(run.started_at),
        completedAt: iso(run.completed_at),
        latencyMs: run.latency_ms,
        tokenInput: run.token_input,
        tokenOutput: run.token_output,
        creditCost: run.credit_cost,
        billingStatus: run.billing_status,
        errorCode: run.error_code,
        errorMessage: run.error_message,
        artifacts: artifacts.rows.map((a) => ({
          id: a.id,
          artifactKind: a.artifact_kind,
          contentText: a.content_text,
          contentJson: a.content_json,
          isPrimaryOutput: a.is_primary_output,
          visibility: a.visibility,
          createdAt: a.created_at.toISOString(),
        })),
      },
      meta: meta(),
    });
  } catch {
    if (!res.headersSent) fail(500, 'internal_error', 'An unexpected error occurred');
  }
});
server.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => console.log('ready'));
