// The Orchestrator's listExecutions with 100 and with 100,000 executions in the database (Postgres): the same
// filtered page (a workflow, a status, a date range, 20 a page, newest first), timed over sequential requests, and
// the plan Postgres chose for it. The measured workflow has the same executions in both rows; the 99,900 added ones
// belong to the same user's other workflows and agents, so the rows compare the page, not a longer result.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import knexFactory, { type Knex } from 'knex';
import { log, warn } from '../lib/bookkeeping.js';
import { createDatabase, dbName, dropDatabase, signToken } from '../lib/databases.js';
import { request, startServer, stopProcess, type Server } from '../lib/processes.js';
import { extra } from '../lib/rows.js';
import { RESULTS, TSX } from '../lib/settings.js';

const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 300);
const WORKFLOWS = 100;

type Row = { executions: number; p50: number; p99: number; mean: number; plan: string };

export async function executionsPhase() {
  const url = createDatabase();
  const secret = randomUUID();
  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: secret, ORCHESTRATOR_DEMO_USER: 'off', ORCHESTRATOR_RATE_LIMIT_PER_MINUTE: '1000000' };
  let server: Server | undefined;
  const knex = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 2 } });
  try {
    server = await startServer('orchestrator-list', [...TSX, 'src/main.ts', '--api', 'orchestrator'], env, (base) => ({ url: `${base}/metrics` }));
    const seed = await seedOwner(knex);
    // An operator token (decision 23): the server-wide secret, the user as subject.
    const auth = { Authorization: `Bearer ${await signToken(secret, seed.userId)}` };
    const from = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const path = `/api/v1/executions?workflow_id=${seed.workflowIds[0]}&status=completed&start_date=${from}&limit=20`;
    const results: Row[] = [];
    await addExecutions(knex, seed, 0, 100);
    results.push(await measure(knex, server, path, auth, 100));
    await addExecutions(knex, seed, 100, 100_000);
    results.push(await measure(knex, server, path, auth, 100_000));
    extra.executionsList = results.map((r) => ({ executions: r.executions, p50: r.p50, p99: r.p99, mean: r.mean }));
    writeFileSync(join(RESULTS, 'orchestrator-list-executions.md'), report(results, path));
    log(`listExecutions: ${results.map((r) => `${r.executions} rows p50 ${r.p50.toFixed(2)} ms`).join(', ')}; written: bench/results/orchestrator-list-executions.md`);
  } catch (err) {
    warn(`the listExecutions phase failed: ${(err as Error).message}`);
  } finally {
    if (server) await stopProcess(server.child);
    await knex.destroy();
    dropDatabase(dbName(url));
  }
}

type Seed = { userId: string; agentIds: string[]; workflowIds: string[] };

/** One user with 10 deployed-looking agents of 10 workflows each, written directly: the bench times reads only. */
async function seedOwner(knex: Knex): Promise<Seed> {
  const userId = randomUUID();
  await knex('orch_users').insert({ id: userId, email: `bench-${userId}@example.com`, password_hash: 'x', subscription_tier: 'pro' });
  const limits = JSON.stringify({ cpu: 1, memory: 512, network_isolation: 'none' });
  const agentIds = Array.from({ length: 10 }, () => randomUUID());
  await knex('orch_agents').insert(agentIds.map((id) => ({ id, name: 'Bench', owner_type: 'user', owner_user_id: userId, framework: 'langgraph', agent_type: 'conversational', status: 'active', resource_limits: limits })));
  const workflowIds = Array.from({ length: WORKFLOWS }, () => randomUUID());
  const graph = JSON.stringify({ nodes: [], edges: [] });
  await knex('orch_workflows').insert(workflowIds.map((id, i) => ({ id, agent_id: agentIds[i % 10], name: 'W', workflow_type: 'langgraph', framework: 'langgraph', is_active: true, workflow_data: graph })));
  return { userId, agentIds, workflowIds };
}

/**
 * Executions `first`..`last - 1` with generate_series: the first 100 are the measured workflow's, spread over the last
 * 30 days with every third one failed; the rest go round the other workflows over the last 100 days.
 */
async function addExecutions(knex: Knex, seed: Seed, first: number, last: number): Promise<void> {
  await knex.raw(
    `insert into orch_executions (id, workflow_id, workflow_version, agent_id, owner_user_id, status, progress, input, steps, options, resource_usage, correlation_id, started_at, completed_at)
     select gen_random_uuid(),
            case when n < 100 then (?::uuid[])[1] else (?::uuid[])[2 + n % (? - 1)] end,
            0,
            case when n < 100 then (?::uuid[])[1] else (?::uuid[])[1 + (n % (? - 1) + 1) % 10] end,
            ?::uuid,
            case when n % 3 = 0 then 'failed' else 'completed' end,
            100, '{}'::jsonb, '[]'::jsonb, '{"timeout":30000,"retry_count":0}'::jsonb,
            '{"cpu_time":0.01,"memory_peak":50,"execution_time":0.2}'::jsonb,
            gen_random_uuid(),
            now() - (case when n < 100 then 30 else 100 end) * interval '1 day' * random(),
            now()
     from generate_series(?::int, ?::int) as n`,
    [seed.workflowIds, seed.workflowIds, WORKFLOWS, seed.agentIds, seed.agentIds, WORKFLOWS, seed.userId, first, last - 1],
  );
  await knex.raw('analyze orch_executions');
}

async function measure(knex: Knex, server: Server, path: string, auth: Record<string, string>, executions: number): Promise<Row> {
  const [{ count }] = await knex('orch_executions').count<{ count: string }[]>({ count: '*' });
  if (Number(count) !== executions) throw new Error(`expected ${executions} executions, found ${count}`);
  const first = await request('GET', server.base + path, auth);
  if (first.status !== 200) throw new Error(`listExecutions answered ${first.status}: ${first.body}`);
  for (let i = 0; i < 50; i++) await request('GET', server.base + path, auth);
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const r = await request('GET', server.base + path, auth);
    ms.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`listExecutions answered ${r.status}`);
  }
  ms.sort((a, b) => a - b);
  const body = JSON.parse(first.body) as { executions: unknown[]; pagination: { total: number } };
  log(`listExecutions with ${executions} executions: page of ${body.executions.length}, total ${body.pagination.total}`);
  return { executions, p50: ms[Math.floor(ms.length / 2)], p99: ms[Math.floor(ms.length * 0.99)], mean: ms.reduce((a, b) => a + b, 0) / ms.length, plan: await plan(knex, path) };
}

/** EXPLAIN of the page query as the service builds it (Executions.list: visibility join, filters, order, limit). */
async function plan(knex: Knex, path: string): Promise<string> {
  const params = new URL(path, 'http://x').searchParams;
  const user: { owner_user_id: string } = await knex('orch_executions').where({ workflow_id: params.get('workflow_id') }).first('owner_user_id');
  const query = knex('orch_executions as e')
    .join('orch_agents as a', 'a.id', 'e.agent_id')
    .whereNull('a.deleted_at')
    .where((q) => q.where('e.owner_user_id', user.owner_user_id).orWhereIn('e.owner_org_id', knex('orch_memberships').where({ user_id: user.owner_user_id }).select('organization_id')))
    .where('e.workflow_id', params.get('workflow_id')!)
    .where('e.status', params.get('status')!)
    .where('e.started_at', '>=', new Date(params.get('start_date')!))
    .orderBy([{ column: 'e.started_at', order: 'desc' }, { column: 'e.id', order: 'desc' }])
    .limit(20)
    .select('e.*')
    .toSQL();
  const rows: { rows: { 'QUERY PLAN': string }[] } = await knex.raw(`explain (analyze, costs off, timing off) ${query.sql}`, query.bindings as Knex.RawBinding[]);
  return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
}

function report(results: Row[], path: string): string {
  const table = results.map((r) => `| ${r.executions.toLocaleString('en')} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.mean.toFixed(2)} |`).join('\n');
  const plans = results.map((r) => `With ${r.executions.toLocaleString('en')} executions:\n\n\`\`\`\n${r.plan}\n\`\`\``).join('\n\n');
  return `# Orchestrator listExecutions: 100 against 100,000 executions

\`BENCH_PHASES=executions npm run bench\`, ${new Date().toISOString().slice(0, 10)}, Postgres 15, the server alone
(\`src/main.ts --api orchestrator\`, pinned to one core), ${REQUESTS} sequential requests after 50 to warm up.

\`GET ${path.replace(/[0-9a-f-]{36}/, '{workflow}').replace(/start_date=[^&]+/, 'start_date={10 days ago}')}\`

| executions in the database | p50 ms | p99 ms | mean ms |
| ---: | ---: | ---: | ---: |
${table}

The plans of the page query (the count uses the same index):

${plans}
`;
}
