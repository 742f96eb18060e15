/**
 * Concurrent load against a running server: every API's workflow from the README, many clients at once, each its
 * own user, with races on the state transitions that must happen once. Reports per-operation status counts and
 * every violation (a 5xx, a status the operation does not document, a race with more or fewer than one winner, a
 * run or stream that never finishes). Exit code 1 when any violation was seen.
 *
 *   JWT_SECRET=load-secret PORT=9701 ... node dist/main.cjs        # the server, with the same JWT_SECRET
 *   npx tsx scripts/load/seed-orchestrator-users.ts 50             # orchestrator accounts load-<i>@load.local
 *   npx tsx scripts/load/load.ts --base http://127.0.0.1:9701 --clients 50 --seconds 60 [--apis lenserfight,lightning,...]
 *
 * The server should allow the load's logins (ORCHESTRATOR_LOGIN_IP_LIMIT_PER_MINUTE, all clients share 127.0.0.1),
 * and run in development (NODE_ENV unset): the Lightning races pay through the local node's dev stub route, which
 * production mode does not mount.
 */
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { encodeInvoice } from '../../src/services/lightning/bolt11-codec.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:9701' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    apis: { type: 'string', default: 'lenserfight,lightning,hybrid,hypershift,orchestrator,races,limits' },
    secret: { type: 'string', default: process.env.JWT_SECRET ?? 'load-secret' },
  },
});
const BASE = values.base!;
const CLIENTS = Number(values.clients);
const DEADLINE = Date.now() + Number(values.seconds) * 1000;
const APIS = new Set(values.apis!.split(','));
const RUN_TAG = randomBytes(3).toString('hex');
const TIMEOUT_MS = 30_000;

const statusCounts = new Map<string, Map<number | string, number>>();
const violations: string[] = [];
const latencies = new Map<string, number[]>();
function violation(text: string) {
  violations.push(text);
  if (violations.length <= 200) console.error(`VIOLATION ${text}`);
}
function count(op: string, status: number | string) {
  const m = statusCounts.get(op) ?? new Map();
  m.set(status, (m.get(status) ?? 0) + 1);
  statusCounts.set(op, m);
}

interface Res { status: number; body: any; headers: Headers; text: string }
async function call(op: string, method: string, path: string, opts: { headers?: Record<string, string>; body?: unknown; ok?: number[]; raw?: string } = {}): Promise<Res> {
  const started = Date.now();
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  try {
    const r = await fetch(BASE + path, { method, headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const text = await r.text();
    let json: any;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    count(op, r.status);
    (latencies.get(op) ?? latencies.set(op, []).get(op)!).push(Date.now() - started);
    if (r.status >= 500 && !(opts.ok ?? []).includes(r.status)) violation(`${op} ${method} ${path} -> ${r.status} ${text.slice(0, 300)}`);
    else if (opts.ok && !opts.ok.includes(r.status)) violation(`${op} ${method} ${path} -> unexpected ${r.status} ${text.slice(0, 300)}`);
    return { status: r.status, body: json, headers: r.headers, text };
  } catch (err) {
    count(op, (err as Error).name);
    violation(`${op} ${method} ${path} -> ${(err as Error).name}: ${(err as Error).message} after ${Date.now() - started} ms`);
    return { status: 0, body: undefined, headers: new Headers(), text: '' };
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const live = () => Date.now() < DEADLINE;

async function poll<T>(what: string, fn: () => Promise<T | undefined>, ms = 300, limitMs = 90_000): Promise<T | undefined> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    const v = await fn();
    if (v !== undefined) return v;
    await sleep(ms);
  }
  violation(`${what}: not finished after ${limitMs} ms`);
  return undefined;
}

const secret = new TextEncoder().encode(values.secret);
const token = (sub: string) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime('2h').sign(secret);

/** Reads an SSE stream to its `done` event; returns the events seen. */
async function sse(op: string, path: string, headers: Record<string, string>, limitMs = 90_000): Promise<{ events: { event: string; id?: string; data: string }[]; done: boolean }> {
  const events: { event: string; id?: string; data: string }[] = [];
  try {
    const r = await fetch(BASE + path, { headers: { ...headers, accept: 'text/event-stream' }, signal: AbortSignal.timeout(limitMs) });
    count(op, r.status);
    if (r.status !== 200) {
      violation(`${op} ${path} -> ${r.status} ${await r.text()}`);
      return { events, done: false };
    }
    const decoder = new TextDecoder();
    const reader = (r.body as ReadableStream<Uint8Array>).getReader();
    let buf = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buf += decoder.decode(chunk.value, { stream: true });
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const frame = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (frame.split('\n').every((l) => l.startsWith(':'))) continue;
        const ev: { event: string; id?: string; data: string } = { event: 'message', data: '' };
        for (const line of frame.split('\n')) {
          if (line.startsWith('event:')) ev.event = line.slice(6).trim();
          else if (line.startsWith('id:')) ev.id = line.slice(3).trim();
          else if (line.startsWith('data:')) ev.data += line.slice(5).trim();
        }
        events.push(ev);
        if (ev.event === 'done' || ev.event === 'error') {
          // The server must end the stream after its final event.
          const drain = async () => {
            while (!(await reader.read()).done) { /* only keep-alives may follow */ }
            return 'ended';
          };
          const rest = await Promise.race([drain(), sleep(10_000).then(() => 'open')]);
          if (rest === 'open') {
            violation(`${op} ${path}: stream still open 10 s after "${ev.event}"`);
            await reader.cancel();
          }
          return { events, done: ev.event === 'done' };
        }
      }
    }
    violation(`${op} ${path}: stream ended without done (${events.length} events)`);
    return { events, done: false };
  } catch (err) {
    violation(`${op} ${path}: ${(err as Error).name} ${(err as Error).message} (${events.length} events)`);
    return { events, done: false };
  }
}

// ---------------------------------------------------------------- LenserFight
const LENS = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01';
const WORKFLOW = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1b01';
const LF_TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'timed_out']);
async function lenserfightClient(i: number) {
  const auth = { authorization: `Bearer ${await token(`load-lf-${RUN_TAG}-${i}`)}` };
  const P = '/lenserfight/v1';
  let n = 0;
  while (live()) {
    n++;
    const workflow = n % 3 === 0;
    const path = workflow ? `${P}/workflows/${WORKFLOW}/run` : `${P}/lenses/${LENS}/execute`;
    const body = workflow ? { inputs: { topic: `load ${n}` } } : { params: { topic: `load ${n}`, audience: 'testers' } };
    let runId: string | undefined;
    if (n % 2 === 0) {
      // The same idempotency key raced from one user: one run.
      const key = `k-${i}-${n}`;
      const rs = await Promise.all(Array.from({ length: 5 }, (_, j) => call(workflow ? 'lf.runWorkflow+key' : 'lf.executeLens+key', 'POST', path, { headers: auth, body: { ...body, idempotencyKey: key, ...(workflow ? {} : { params: { topic: `v${j}` } }) }, ok: [202, 429] })));
      const ids = new Set(rs.filter((r) => r.status === 202).map((r) => r.body?.data?.runId));
      if (ids.size > 1) violation(`lenserfight idempotency key ${key} raced x5 gave ${ids.size} runs: ${[...ids].join(',')}`);
      runId = [...ids][0];
    } else {
      const r = await call(workflow ? 'lf.runWorkflow' : 'lf.executeLens', 'POST', path, { headers: auth, body, ok: [202, 429] });
      runId = r.body?.data?.runId;
      if (r.status === 429) {
        if (!r.headers.get('retry-after')) violation('lenserfight 429 without Retry-After');
        await sleep(Number(r.headers.get('retry-after') ?? 1) * 1000);
      }
    }
    if (!runId) {
      violation(`lenserfight ${path}: no runId in the 202s`);
      continue;
    }
    const [status, stream] = await Promise.all([
      poll(`lf run ${runId}`, async () => {
        const r = await call('lf.getRunStatus', 'GET', `${P}/runs/${runId}`, { headers: auth, ok: [200] });
        return LF_TERMINAL.has(r.body?.data?.status) ? r.body.data : undefined;
      }, 250),
      sse('lf.streamRunEvents', `${P}/runs/${runId}/events`, auth),
    ]);
    if (status && status.status !== 'succeeded') violation(`lf run ${runId} ended ${status.status}: ${JSON.stringify(status).slice(0, 300)}`);
    if (stream.done) {
      const ids = stream.events.filter((e) => e.id).map((e) => Number(e.id));
      if (new Set(ids).size !== ids.length) violation(`lf stream ${runId} repeated event ids ${ids.join(',')}`);
      // Resuming from the middle gives exactly the rest.
      if (ids.length > 2 && n % 4 === 1) {
        const mid = ids[Math.floor(ids.length / 2)];
        const again = await sse('lf.streamRunEvents(resume)', `${P}/runs/${runId}/events`, { ...auth, 'last-event-id': String(mid) });
        const rest = again.events.filter((e) => e.id).map((e) => Number(e.id));
        const expected = ids.filter((x) => x > mid);
        if (rest.join(',') !== expected.join(',')) violation(`lf resume ${runId} after ${mid}: got ${rest.join(',')} expected ${expected.join(',')}`);
      }
    }
  }
}

// ---------------------------------------------------------------- Lightning
const L = '/lightning/api';
function walletInvoice(sats: number) {
  return encodeInvoice({
    network: 'regtest', nodeKey: randomBytes(32).toString('hex'), amountSats: sats,
    paymentHash: createHash('sha256').update(randomBytes(32)).digest('hex'), paymentSecret: randomBytes(32).toString('hex'),
    description: 'refund', expirySeconds: 3600,
  });
}
async function lightningJob(i: number, n: number) {
  const c = await call('ln.createJob', 'POST', `${L}/jobs`, { body: { request: `Explain routing fees, load ${i}/${n}.` }, ok: [201] });
  if (c.status !== 201) return;
  const id = c.body.jobId;
  // Pay the eval invoice twice at once: both succeed or one is told it is paid; the job advances once.
  await Promise.all([1, 2].map(() => call('ln.stubPayInvoice', 'POST', `${L}/dev/stub/pay/${c.body.evalInvoice.paymentHash}`, { ok: [200] })));
  const quoted = await poll(`ln job ${id} eval`, async () => {
    const rs = await Promise.all([1, 2, 3].map(() => call('ln.getJob', 'GET', `${L}/jobs/${id}`, { ok: [200] })));
    const b = rs[0].body;
    if (b?.state === 'rejected' || b?.state === 'failed') { violation(`ln job ${id} ${b.state}: ${JSON.stringify(b).slice(0, 200)}`); return null; }
    return b?.state === 'awaiting_work_payment' ? b : undefined;
  });
  if (!quoted) return;
  await Promise.all([1, 2].map(() => call('ln.stubPayInvoice', 'POST', `${L}/dev/stub/pay/${quoted.workInvoice.paymentHash}`, { ok: [200] })));
  const done = await poll(`ln job ${id} work`, async () => {
    const rs = await Promise.all([1, 2, 3].map(() => call('ln.getJob', 'GET', `${L}/jobs/${id}`, { ok: [200] })));
    const b = rs[0].body;
    if (b?.state === 'failed') { violation(`ln job ${id} failed: ${JSON.stringify(b).slice(0, 200)}`); return null; }
    return b?.state === 'complete' ? b : undefined;
  });
  if (!done) return;
  const owed = done.costLedger?.refundAmountSats;
  if (owed > 0) {
    const rs = await Promise.all(Array.from({ length: 6 }, () => call('ln.claimRefund', 'POST', `${L}/jobs/${id}/refund`, { body: { invoice: walletInvoice(owed) }, ok: [200, 409] })));
    const wins = rs.filter((r) => r.status === 200).length;
    if (wins !== 1) violation(`ln refund ${id} raced x6: ${wins} paid (${rs.map((r) => r.status).join(',')})`);
  }
}
async function lightningSession(i: number) {
  const c = await call('ln.createSession', 'POST', `${L}/sessions`, { body: { amount_sats: 2000 }, ok: [201] });
  if (c.status !== 201) return;
  const sid = c.body.sessionId;
  await call('ln.stubPayInvoice', 'POST', `${L}/dev/stub/pay/${c.body.invoice.paymentHash}`, { ok: [200] });
  const s = await poll(`ln session ${sid}`, async () => {
    const r = await call('ln.getSession', 'GET', `${L}/sessions/${sid}`, { ok: [200] });
    return r.body?.state === 'active' ? r.body : undefined;
  });
  if (!s) return;
  const auth = { authorization: `Bearer ${s.macaroon}` };
  const before = s.balanceSats;
  // Requests and a top-up raced on one session: debits add up, never negative.
  const rs = await Promise.all([
    ...Array.from({ length: 8 }, (_, k) => call('ln.submitSessionRequest', 'POST', `${L}/sessions/${sid}/request`, { headers: auth, body: { request: `Haiku ${i}.${k}` }, ok: [200, 402, 409] })),
    call('ln.topupSession', 'POST', `${L}/sessions/${sid}/topup`, { headers: auth, body: { amount_sats: 500 }, ok: [200, 409] }),
    call('ln.topupSession', 'POST', `${L}/sessions/${sid}/topup`, { headers: auth, body: { amount_sats: 700 }, ok: [200, 409] }),
  ]);
  const debited = rs.slice(0, 8).filter((r) => r.status === 200).reduce((a, r) => a + r.body.debitedSats, 0);
  for (const r of rs.slice(0, 8)) if (r.status === 200 && r.body.balanceRemaining < 0) violation(`ln session ${sid} balance negative ${r.body.balanceRemaining}`);
  const after = await call('ln.getSession', 'GET', `${L}/sessions/${sid}`, { ok: [200] });
  if (after.body && after.body.balanceSats !== before - debited) violation(`ln session ${sid}: balance ${after.body.balanceSats}, expected ${before} - ${debited} = ${before - debited}`);
  const topups = rs.slice(8).filter((r) => r.status === 200);
  for (const t of topups) {
    await Promise.all([1, 2].map(() => call('ln.stubPayInvoice', 'POST', `${L}/dev/stub/pay/${t.body.topup.paymentHash}`, { ok: [200] })));
  }
  if (topups.length) {
    const credited = topups.reduce((a, t) => a + t.body.topup.amountSats, 0);
    await poll(`ln session ${sid} topup`, async () => {
      const r = await call('ln.getSession', 'GET', `${L}/sessions/${sid}`, { ok: [200] });
      if (r.body?.balanceSats > before - debited + credited) { violation(`ln session ${sid} over-credited: ${r.body.balanceSats} > ${before - debited + credited}`); return true; }
      return r.body?.balanceSats === before - debited + credited ? true : undefined;
    }, 300, 20_000);
  }
}
async function lightningClient(i: number) {
  let n = 0;
  while (live()) {
    n++;
    if (n % 2) await lightningJob(i, n);
    else await lightningSession(i);
  }
}

// ---------------------------------------------------------------- Hybrid Thinking
const H = '/hybrid/v1';
async function hybridClient(i: number) {
  const user = `load-hy-${RUN_TAG}-${i}`;
  const auth = { authorization: `Bearer ${await token(user)}` };
  const yaml = `workflow_name: brief\nstages:\n  generate:\n    parallel: true\n    steps:\n      - {name: draft, models: [local-fast], prompt_template: "Draft {{topic}}", output_var: drafts, input_vars: [topic]}\n      - {name: doubt, models: [local-balanced], prompt_template: "Doubt {{topic}}", output_var: doubts, input_vars: [topic]}\n  synthesize: {name: merge, model: local-deep, prompt_template: "Merge {{drafts}} {{doubts}}", input_vars: [drafts, doubts], output_var: brief}\n`;
  // The same workflow saved twice at once.
  await Promise.all([1, 2].map(() => call('hy.createWorkflow', 'POST', `${H}/workflows`, { headers: { ...auth, 'content-type': 'application/yaml' }, raw: yaml, ok: [200, 429] })));
  let n = 0;
  while (live()) {
    n++;
    const r = n % 2
      ? await call('hy.runHybridPrompt', 'POST', `${H}/run-hybrid`, { headers: auth, body: { userId: user, promptText: `Tabs or spaces ${n}?`, requestedModels: ['local-fast', 'local-deep'] }, ok: [202, 429] })
      : await call('hy.runWorkflow', 'POST', `${H}/run-workflow`, { headers: auth, body: { userId: user, workflowName: 'brief', inputVariables: { topic: `t${n}` } }, ok: [202, 429] });
    if (r.status === 429) {
      for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) if (!r.headers.get(h)) violation(`hybrid 429 without ${h}`);
      await sleep(Math.min(Number(r.headers.get('retry-after') ?? r.headers.get('x-ratelimit-reset') ?? 5), 10) * 1000);
      continue;
    }
    const jobId = r.body?.jobId;
    if (!jobId) continue;
    const end = await poll(`hy job ${jobId}`, async () => {
      const s = await call('hy.getJobStatus', 'GET', `${H}/jobs/${jobId}`, { headers: auth, ok: [200, 429] });
      if (s.status === 429) { await sleep(3000); return undefined; }
      return s.body?.status === 'completed' || s.body?.status === 'failed' ? s.body : undefined;
    }, 1500);
    if (end && end.status !== 'completed') violation(`hy job ${jobId} ${end.status}: ${JSON.stringify(end).slice(0, 300)}`);
  }
}

// ---------------------------------------------------------------- HyperShift
const HS = '/hypershift';
async function hypershiftClient(i: number) {
  const w = await call('hs.createWorkspace', 'POST', `${HS}/workspaces`, { body: { name: `Load ${RUN_TAG} ${i}` }, ok: [201] });
  if (w.status !== 201) return;
  const ws = w.body.id;
  await call('hs.updateWorkspaceTier', 'PATCH', `${HS}/workspaces/${ws}/tier`, { body: { tier: 'pro' }, ok: [200] });
  const hdr = (user: string) => ({ 'x-workspace-id': ws, 'x-user-id': user });
  let n = 0;
  while (live()) {
    n++;
    const c = await call('hs.createRun', 'POST', `${HS}/runs`, { headers: hdr('alice'), body: { user_intent: { description: `Deploy a Next.js app ${n}`, target: 'staging' }, require_approval: true }, ok: [201] });
    if (c.status !== 201) continue;
    const run = c.body.run_id;
    // start raced: the run starts once.
    const starts = await Promise.all([1, 2, 3].map(() => call('hs.startRun', 'POST', `${HS}/runs/${run}/start`, { headers: hdr('alice'), ok: [202, 400, 409] })));
    if (starts.filter((s) => s.status === 202).length !== 1) violation(`hs startRun ${run} raced x3: ${starts.map((s) => s.status).join(',')} ${starts.map((s) => s.text).join(' | ').slice(0, 300)}`);
    const gate = await poll(`hs run ${run} to gate`, async () => {
      const r = await call('hs.getRun', 'GET', `${HS}/runs/${run}`, { headers: hdr('alice'), ok: [200] });
      if (r.body?.status === 'failed' || r.body?.status === 'completed') { violation(`hs run ${run} ${r.body.status} before the gate`); return null; }
      return r.body?.status === 'blocked' ? r.body : undefined;
    }, 300);
    if (!gate) continue;
    // Two approvers at once (or approve against reject): exactly one wins, the other 409.
    const reject = n % 3 === 0;
    const rs = await Promise.all([
      call('hs.approveRun', 'POST', `${HS}/runs/${run}/approve`, { headers: hdr('bob'), ok: [200, 409] }),
      reject
        ? call('hs.rejectRun', 'POST', `${HS}/runs/${run}/reject`, { headers: hdr('carol'), body: { reason: 'no' }, ok: [200, 409] })
        : call('hs.approveRun', 'POST', `${HS}/runs/${run}/approve`, { headers: hdr('carol'), ok: [200, 409] }),
    ]);
    const wins = rs.filter((r) => r.status === 200).length;
    if (wins !== 1) violation(`hs approve ${run} raced: ${rs.map((r) => `${r.status} ${r.text.slice(0, 120)}`).join(' | ')}`);
    const end = await poll(`hs run ${run} to end`, async () => {
      const r = await call('hs.getRun', 'GET', `${HS}/runs/${run}`, { headers: hdr('alice'), ok: [200] });
      return ['completed', 'failed'].includes(r.body?.status) || (r.body?.status === 'blocked' && r.body?.rejected_by) ? r.body : undefined;
    }, 300);
    const logs = await call('hs.getRunLogs', 'GET', `${HS}/runs/${run}/logs`, { headers: hdr('alice'), ok: [200] });
    const actions: string[] = (logs.body?.logs ?? logs.body ?? []).map?.((l: any) => l.action) ?? [];
    for (const a of ['run.started', 'run.approved', 'run.rejected', 'run.completed']) {
      const k = actions.filter((x) => x === a).length;
      if (k > 1) violation(`hs run ${run}: ${k} × ${a} in its audit log`);
    }
    if (end && !reject && end.status !== 'completed') violation(`hs run ${run} ended ${end.status}`);
    if (n % 4 === 0) await call('hs.replayRun', 'POST', `${HS}/runs/${run}/replay`, { headers: hdr('alice'), ok: [201] });
    await call('hs.getUsage', 'GET', `${HS}/usage`, { headers: hdr('alice'), ok: [200] });
  }
}

// ---------------------------------------------------------------- Orchestrator
const O = '/orchestrator/api/v1';
async function orchestratorClient(i: number) {
  const login = await call('or.login', 'POST', `${O}/auth/login`, { body: { email: `load-${i}@load.local`, password: 'load-password-123' }, ok: [200] });
  if (login.status !== 200) return;
  let auth = { authorization: `Bearer ${login.body.access_token}` };
  const updates = new Map<string, string[]>();
  const ws = new WebSocket(`${BASE.replace('http', 'ws')}${O}/ws`);
  const authed = new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'auth', token: login.body.access_token })));
    ws.on('message', (m) => {
      const msg = JSON.parse(m.toString());
      if (msg.type === 'auth_success') resolve();
      else if (msg.type === 'execution_update') (updates.get(msg.data.execution_id) ?? updates.set(msg.data.execution_id, []).get(msg.data.execution_id)!).push(msg.data.status);
      else if (msg.type === 'error') reject(new Error(JSON.stringify(msg)));
    });
    ws.on('error', reject);
  });
  try { await authed; } catch (err) { violation(`or ws auth ${i}: ${(err as Error).message}`); }
  const a = await call('or.createAgent', 'POST', `${O}/agents`, { headers: auth, body: { name: `Load ${i}`, framework: 'langgraph' }, ok: [201] });
  if (a.status !== 201) { ws.close(); return; }
  const agent = a.body.id;
  const wf = await call('or.createWorkflow', 'POST', `${O}/agents/${agent}/workflows`, {
    headers: auth, ok: [201],
    body: { name: 'Main', workflow_data: { nodes: [{ id: 'input', type: 'input' }, { id: 'think', type: 'wait', data: { ms: 200 } }, { id: 'respond', type: 'llm', data: { prompt: 'Answer: {{message}}' } }], edges: [{ source: 'input', target: 'think' }, { source: 'think', target: 'respond' }] } },
  });
  let n = 0;
  while (live()) {
    n++;
    // deploy raced x3: one deploys, the others 409 (already active) or the same answer.
    const ds = await Promise.all([1, 2, 3].map(() => call('or.deployAgent', 'POST', `${O}/agents/${agent}/deploy`, { headers: auth, ok: [200, 409] })));
    const containers = new Set(ds.filter((d) => d.status === 200).map((d) => d.body.container_id));
    if (containers.size !== 1) violation(`or deploy ${agent} raced x3: ${ds.map((d) => `${d.status} ${d.text.slice(0, 100)}`).join(' | ')}`);
    const exs = await Promise.all([1, 2, 3].map((k) => call('or.executeWorkflow', 'POST', `${O}/workflows/${wf.body.id}/execute`, { headers: auth, body: { input_data: { message: `q${n}.${k}` } }, ok: [202] })));
    for (const ex of exs) {
      const id = ex.body?.execution_id;
      if (!id) continue;
      const end = await poll(`or execution ${id}`, async () => {
        const seen = updates.get(id) ?? [];
        if (seen.some((s) => ['completed', 'failed', 'cancelled'].includes(s))) return seen;
        return undefined;
      }, 200, 60_000);
      const r = await call('or.getExecution', 'GET', `${O}/executions/${id}`, { headers: auth, ok: [200] });
      if (!end) {
        const c = await call('or.getAgentContainer', 'GET', `${O}/agents/${agent}/container`, { headers: auth, ok: [200] });
        violation(`or execution ${id} stalled ${r.body?.status}; its container: ${JSON.stringify({ ...c.body, resource_usage: undefined })}`);
      }
      if (end && r.body?.status !== end.at(-1)) violation(`or execution ${id}: ws says ${end.at(-1)}, REST says ${r.body?.status}`);
      if (r.body && r.body.status !== 'completed') violation(`or execution ${id} ${r.body.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
      if (end && end.filter((s) => s === 'completed').length > 1) violation(`or execution ${id}: ${end.join(',')}`);
    }
    // undeploy raced with deploy: the agent ends in a consistent state.
    const race = await Promise.all([
      call('or.undeployAgent', 'POST', `${O}/agents/${agent}/undeploy`, { headers: auth, ok: [200, 409] }),
      call('or.undeployAgent', 'POST', `${O}/agents/${agent}/undeploy`, { headers: auth, ok: [200, 409] }),
    ]);
    if (race.filter((r) => r.status === 200).length !== 1) violation(`or undeploy ${agent} raced x2: ${race.map((r) => `${r.status} ${r.text.slice(0, 100)}`).join(' | ')}`);
    const g = await call('or.getAgent', 'GET', `${O}/agents/${agent}`, { headers: auth, ok: [200] });
    if (g.body?.status !== 'inactive') violation(`or agent ${agent} after undeploy: ${g.body?.status}`);
    if (n % 3 === 0) {
      const rf = await call('or.refreshToken', 'POST', `${O}/auth/refresh`, { body: { refresh_token: login.body.refresh_token }, ok: [200, 401] });
      if (rf.status === 200) auth = { authorization: `Bearer ${rf.body.access_token}` };
    }
  }
  ws.close();
}


// ---------------------------------------------------------------- Races on single transitions
async function races(i: number) {
  const statuses = (rs: Res[]) => rs.map((r) => `${r.status} ${r.text.slice(0, 120)}`).join(' | ');
  const once = (what: string, rs: Res[], ok: number) => {
    if (rs.filter((r) => r.status === ok).length !== 1) violation(`${what}: ${statuses(rs)}`);
  };
  // LenserFight partners: provision x5 (one account, provisioned once), refresh x5 with one token (one new token).
  const lf = { authorization: `Bearer ${await token(`load-race-${RUN_TAG}-${i}`)}` };
  const pv = await Promise.all(Array.from({ length: 5 }, () => call('race.lf.provisionPartner', 'POST', '/lenserfight/v1/partners/chainabit/provision', { headers: lf, body: { handle: `h${i}` }, ok: [200] })));
  const fresh = pv.filter((r) => r.body?.data?.provisioned === true).length;
  if (fresh !== 1) violation(`lf provisionPartner raced x5: ${fresh} answers say provisioned=true`);
  if (new Set(pv.map((r) => r.body?.data?.accountId)).size !== 1) violation(`lf provisionPartner raced x5: several accounts ${statuses(pv)}`);
  const rt = pv[0].body?.data?.refreshToken;
  if (rt) {
    const rf = await Promise.all(Array.from({ length: 5 }, () => call('race.lf.refreshPartnerToken', 'POST', '/lenserfight/v1/partners/chainabit/refresh-token', { headers: lf, body: { refreshToken: rt }, ok: [200, 400] })));
    once('lf refreshPartnerToken raced x5 with one token', rf, 200);
  }
  // Orchestrator: organization slug, publish, restart, delete, workflow versions, logout.
  const login = await call('race.or.login', 'POST', `${O}/auth/login`, { body: { email: `load-${i}@load.local`, password: 'load-password-123' }, ok: [200] });
  if (login.status === 200) {
    const auth = { authorization: `Bearer ${login.body.access_token}` };
    once('or createOrganization raced x4 same slug', await Promise.all(Array.from({ length: 4 }, () => call('race.or.createOrganization', 'POST', `${O}/organizations`, { headers: auth, body: { name: `Race ${RUN_TAG} ${i}` }, ok: [201, 409] }))), 201);
    const a = await call('race.or.createAgent', 'POST', `${O}/agents`, { headers: auth, body: { name: `Race ${i}`, framework: 'langgraph' }, ok: [201] });
    const agent = a.body?.id;
    if (agent) {
      const wf = await call('race.or.createWorkflow', 'POST', `${O}/agents/${agent}/workflows`, { headers: auth, ok: [201], body: { name: 'W', workflow_data: { nodes: [{ id: 'input', type: 'input' }], edges: [] } } });
      const ups = await Promise.all(Array.from({ length: 4 }, (_, k) => call('race.or.updateWorkflow', 'PUT', `${O}/workflows/${wf.body?.id}`, { headers: auth, body: { description: `v${k}` }, ok: [200, 409] })));
      const versions = ups.filter((u) => u.status === 200).map((u) => u.body.version);
      if (new Set(versions).size !== versions.length) violation(`or updateWorkflow raced x4: versions ${versions.join(',')} ${statuses(ups)}`);
      await call('race.or.deployAgent', 'POST', `${O}/agents/${agent}/deploy`, { headers: auth, ok: [200] });
      once('or publishAgent raced x3', await Promise.all([1, 2, 3].map(() => call('race.or.publishAgent', 'POST', `${O}/agents/${agent}/publish`, { headers: auth, body: { pricing: { type: 'free' } }, ok: [200, 409] }))), 200);
      once('or unpublishAgent raced x3', await Promise.all([1, 2, 3].map(() => call('race.or.unpublishAgent', 'POST', `${O}/agents/${agent}/unpublish`, { headers: auth, ok: [200, 409] }))), 200);
      once('or restartAgentContainer raced x3', await Promise.all([1, 2, 3].map(() => call('race.or.restartAgentContainer', 'POST', `${O}/agents/${agent}/container/restart`, { headers: auth, ok: [202, 409] }))), 202);
      await poll(`or container ${agent} after restart`, async () => {
        const c = await call('race.or.getAgentContainer', 'GET', `${O}/agents/${agent}/container`, { headers: auth, ok: [200] });
        return c.body?.status === 'running' ? true : undefined;
      }, 1000, 180_000); // restarts run one at a time per server process (RESTART_QUEUE concurrency 1)
      await call('race.or.undeployAgent', 'POST', `${O}/agents/${agent}/undeploy`, { headers: auth, ok: [200] });
      const del = await Promise.all([1, 2, 3].map(() => call('race.or.deleteAgent', 'DELETE', `${O}/agents/${agent}`, { headers: auth, ok: [200, 404, 409] })));
      once('or deleteAgent raced x3', del, 200);
    }
    once('or logout raced x3', await Promise.all([1, 2, 3].map(() => call('race.or.logout', 'POST', `${O}/auth/logout`, { headers: auth, ok: [200, 401] }))), 200);
  }
  // Hybrid: delete the same workflow x3, store the same token x4.
  const user = `load-hyrace-${RUN_TAG}-${i}`;
  const hy = { authorization: `Bearer ${await token(user)}` };
  await call('race.hy.createWorkflow', 'POST', `${H}/workflows`, { headers: { ...hy, 'content-type': 'application/yaml' }, raw: `workflow_name: w\nstages:\n  generate:\n    steps:\n      - {name: a, models: [local-fast], prompt_template: "x", output_var: o}\n  synthesize: {name: s, model: local-deep, prompt_template: "{{o}}", input_vars: [o], output_var: r}\n`, ok: [200] });
  once('hy deleteWorkflow raced x3', await Promise.all([1, 2, 3].map(() => call('race.hy.deleteWorkflow', 'DELETE', `${H}/workflows/w`, { headers: hy, ok: [200, 404] }))), 200);
  await Promise.all(Array.from({ length: 4 }, (_, k) => call('race.hy.storeToken', 'POST', `${H}/tokens`, { headers: hy, body: { userId: user, providerId: 'openai', tokenData: { accessToken: `sk-${k}`, type: 'api' } }, ok: [200] })));
  // deleteToken is idempotent (the spec has no 404): every concurrent delete answers 200.
  await Promise.all([1, 2, 3].map(() => call('race.hy.deleteToken', 'DELETE', `${H}/tokens?userId=${user}&providerId=openai`, { headers: hy, ok: [200] })));
  // Lightning: a session paid, then its state read x10 at once: credited once.
  const c = await call('race.ln.createSession', 'POST', `${L}/sessions`, { body: { amount_sats: 300 }, ok: [201] });
  if (c.status === 201) {
    await Promise.all([
      call('race.ln.stubPayInvoice', 'POST', `${L}/dev/stub/pay/${c.body.invoice.paymentHash}`, { ok: [200] }),
      ...Array.from({ length: 10 }, () => call('race.ln.getSession', 'GET', `${L}/sessions/${c.body.sessionId}`, { ok: [200] })),
    ]);
    const ss = await Promise.all(Array.from({ length: 10 }, () => call('race.ln.getSession', 'GET', `${L}/sessions/${c.body.sessionId}`, { ok: [200] })));
    const bal = new Set(ss.map((s) => s.body?.balanceSats));
    if (bal.size !== 1 || ![...bal][0] || [...bal][0] > 300) violation(`ln session paid + read x10: balances ${[...bal].join(',')} of 300`);
    const mac = ss[0].body?.macaroon;
    if (mac) {
      // More requests than the balance covers: some 402, never negative.
      const rs = await Promise.all(Array.from({ length: 10 }, () => call('race.ln.submitSessionRequest', 'POST', `${L}/sessions/${c.body.sessionId}/request`, { headers: { authorization: `Bearer ${mac}` }, body: { request: 'Write a long essay on fees.' }, ok: [200, 402, 409] })));
      const after = await call('race.ln.getSession', 'GET', `${L}/sessions/${c.body.sessionId}`, { ok: [200] });
      const debited = rs.filter((r) => r.status === 200).reduce((x, r) => x + r.body.debitedSats, 0);
      if (after.body?.balanceSats !== [...bal][0] - debited || after.body?.balanceSats < 0) violation(`ln session overdrawn: ${[...bal][0]} - ${debited} != ${after.body?.balanceSats}`);
    }
  }
  // Lightning chat: the SSE reply ends with done.
  const conv = await call('race.ln.createGeminiConversation', 'POST', `${L}/gemini/conversations`, { body: { title: 'race' }, ok: [201] });
  if (conv.body?.id) {
    const replies = await Promise.all([1, 2, 3].map(async () => {
      const r = await fetch(`${BASE}${L}/gemini/conversations/${conv.body.id}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ content: 'What is BOLT11?' }), signal: AbortSignal.timeout(TIMEOUT_MS) }).catch((e) => e as Error);
      if (r instanceof Error) { violation(`ln sendGeminiMessage: ${r.message}`); return; }
      count('race.ln.sendGeminiMessage', r.status);
      const text = await r.text().catch((e) => `ERR ${(e as Error).message}`);
      if (r.status !== 200 || !/"done":true/.test(text)) violation(`ln sendGeminiMessage raced x3: ${r.status} without done: ${text.slice(-200)}`);
    }));
    void replies;
    const msgs = await call('race.ln.listGeminiMessages', 'GET', `${L}/gemini/conversations/${conv.body.id}/messages`, { ok: [200] });
    const list = msgs.body?.messages ?? msgs.body ?? [];
    if (Array.isArray(list) && list.length !== 6) violation(`ln conversation after 3 raced messages: ${list.length} messages (expected 6)`);
  }
}

// ---------------------------------------------------------------- Rate limits
async function limits() {
  // LenserFight: one user bursts past RUN_RATE_LIMIT_PER_MINUTE.
  const auth = { authorization: `Bearer ${await token(`load-burst-${RUN_TAG}`)}` };
  const rs = await Promise.all(Array.from({ length: 90 }, () => call('limits.lf.executeLens', 'POST', `/lenserfight/v1/lenses/${LENS}/execute`, { headers: auth, body: { params: { topic: 'burst' } }, ok: [202, 429] })));
  if (!rs.some((r) => r.status === 429)) violation('lenserfight: 90 executes at once, no 429');
  for (const r of rs.filter((x) => x.status === 429)) if (!r.headers.get('retry-after')) { violation('lenserfight 429 without Retry-After'); break; }
  // Lightning demo: 5 per hour per address.
  const ds = await Promise.all(Array.from({ length: 12 }, () => call('limits.ln.runDemo', 'GET', `${L}/demo?request=What%20is%20a%20macaroon`, { ok: [200, 429] })));
  if (ds.filter((r) => r.status === 200).length > 5) violation(`lightning demo: ${ds.filter((r) => r.status === 200).length} of 12 allowed`);
  for (const r of ds) if (!r.headers.get('x-ratelimit-limit')) { violation(`lightning demo ${r.status} without X-RateLimit-Limit`); break; }
  // Hybrid: 10 submissions per minute per user.
  const huser = `load-hyburst-${RUN_TAG}`;
  const hauth = { authorization: `Bearer ${await token(huser)}` };
  const hs = await Promise.all(Array.from({ length: 40 }, () => call('limits.hy.runHybridPrompt', 'POST', `${H}/run-hybrid`, { headers: hauth, body: { userId: huser, promptText: 'x', requestedModels: ['local-fast'] }, ok: [202, 429] })));
  const accepted = hs.filter((r) => r.status === 202).length;
  if (accepted !== 10) violation(`hybrid burst: ${accepted} of 40 accepted (limit 10)`);
  // Orchestrator login: per address and per account.
  const ls = await Promise.all(Array.from({ length: 30 }, () => call('limits.or.login', 'POST', `${O}/auth/login`, { body: { email: `nobody-${RUN_TAG}@load.local`, password: 'wrong-password-1' }, ok: [401, 429] })));
  const l429 = ls.filter((r) => r.status === 429).length;
  if (l429 === 0) violation('orchestrator: 30 logins at once for one account, no 429');
}

// ---------------------------------------------------------------- main
const started = Date.now();
const tasks: Promise<unknown>[] = [];
const guard = (name: string, p: Promise<unknown>) => p.catch((err) => violation(`${name} crashed: ${(err as Error).stack}`));
for (let i = 0; i < CLIENTS; i++) {
  if (APIS.has('lenserfight')) tasks.push(guard(`lf ${i}`, lenserfightClient(i)));
  if (APIS.has('lightning')) tasks.push(guard(`ln ${i}`, lightningClient(i)));
  if (APIS.has('hybrid')) tasks.push(guard(`hy ${i}`, hybridClient(i)));
  if (APIS.has('hypershift')) tasks.push(guard(`hs ${i}`, hypershiftClient(i)));
  if (APIS.has('orchestrator')) tasks.push(guard(`or ${i}`, orchestratorClient(i)));
  if (APIS.has('races')) tasks.push(guard(`race ${i}`, races(i)));
}
if (APIS.has('limits')) tasks.push(guard('limits', limits()));
await Promise.all(tasks);
console.log(`\n${tasks.length} clients, ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const [op, m] of [...statusCounts].sort()) {
  const l = (latencies.get(op) ?? []).sort((a, b) => a - b);
  const p = (q: number) => l[Math.min(l.length - 1, Math.floor(q * l.length))] ?? 0;
  console.log(`${op.padEnd(30)} ${[...m].map(([s, k]) => `${s}:${k}`).join(' ').padEnd(30)} p50 ${p(0.5)} ms p99 ${p(0.99)} ms max ${l.at(-1) ?? 0} ms`);
}
const kinds = new Map<string, number>();
for (const v of violations) {
  const kind = v.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'ID').replace(/\b[A-Za-z0-9_-]{22}\b/g, 'ID').replace(/\d+/g, 'N').slice(0, 240);
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)} × ${kind}`);
console.log(`${violations.length} violations`);
process.exit(violations.length ? 1 : 0);
