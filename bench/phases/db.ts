// The database rows: GET /runs/{id} of one prepared run, framework-db (src/main.ts) against pg-handwritten.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { warn } from '../lib/bookkeeping.js';
import { createDatabase, dbName, dropDatabase, signToken } from '../lib/databases.js';
import { interleave, type Op } from '../lib/measure.js';
import { request, startServer, stopProcess, type Server } from '../lib/processes.js';
import { addMeasured, extra, failedRow, rows } from '../lib/rows.js';
import { LENS_ID, productionSecrets, TSX } from '../lib/settings.js';

export async function dbPhase() {
  const url = createDatabase();
  const secret = randomBytes(32).toString('hex');
  const token = await signToken(secret, 'bench-user');
  const auth = { Authorization: `Bearer ${token}` };
  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: secret, ...productionSecrets() };
  const started: Server[] = [];
  const opName = 'GET /runs/{id}';
  try {
    const startFramework = async () => {
      const server = await startServer('framework-db', [...TSX, 'src/main.ts'], env, (base) => ({ url: `${base}/lenserfight/health` }));
      started.push(server);
      return server;
    };
    const framework = await startFramework();
    const created = await request('POST', `${framework.base}/lenserfight/v1/lenses/${LENS_ID}/execute`, auth, JSON.stringify({ params: { topic: 'x' } }));
    if (created.status !== 202 && created.status !== 201 && created.status !== 200) throw new Error(`executeLens answered ${created.status}: ${created.body}`);
    const runId: string = JSON.parse(created.body).data.runId;
    const path = `/lenserfight/v1/runs/${runId}`;
    let status = '';
    let frameworkData: unknown;
    for (let i = 0; i < 300 && status !== 'succeeded'; i++) {
      const r = await request('GET', framework.base + path, auth);
      frameworkData = JSON.parse(r.body).data;
      status = (frameworkData as { status?: string })?.status ?? '';
      if (status === 'failed') throw new Error(`the prepared run failed: ${r.body}`);
      if (status !== 'succeeded') await sleep(100);
    }
    if (status !== 'succeeded') throw new Error(`the prepared run ${runId} did not succeed`);
    const startHandwritten = async () => {
      const server = await startServer('pg-handwritten', [...TSX, 'bench/servers/pg-handwritten.ts'], env, (base) => ({ url: `${base}${path}`, headers: auth }));
      started.push(server);
      return server;
    };
    const handwritten = await startHandwritten();
    const theirs = JSON.parse((await request('GET', handwritten.base + path, auth)).body);
    if (!isDeepStrictEqual(theirs.data, frameworkData)) warn('pg-handwritten and framework-db return different run status bodies');
    const op: Op = { name: opName, method: 'GET', path, headers: auth };
    extra.dbRun = { runId, artifacts: (frameworkData as { artifacts: unknown[] }).artifacts.length };
    addMeasured(
      await interleave([
        { row: 'pg-handwritten', server: handwritten, ops: [op], restart: startHandwritten },
        { row: 'framework-db', server: framework, ops: [op], restart: startFramework },
      ]),
    );
  } catch (err) {
    for (const row of ['pg-handwritten', 'framework-db']) if (!rows.some((r) => r.row === row)) failedRow(row, opName, err);
  } finally {
    for (const s of started) await stopProcess(s.child);
    dropDatabase(dbName(url));
  }
}
