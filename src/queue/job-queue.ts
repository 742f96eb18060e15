import PgBoss from 'pg-boss';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { QueueMetrics } from '../core/metrics/queue-metrics.js';

export type JobQueueOptions = {
  /** How often a worker that just ran a job polls for the next; 500 ms by default. */
  pollingIntervalMs?: number;
  /**
   * The most an idle worker waits between polls: each empty poll doubles the wait from `pollingIntervalMs` up to
   * this (4 × `pollingIntervalMs` by default). A job this process sends wakes its workers at once, so the wait
   * delays only jobs from other processes, delayed starts and retries.
   */
  maxPollingIntervalMs?: number;
  /** The Postgres schema pg-boss keeps its tables in; `pgboss` by default. */
  schema?: string;
  /** Counts job outcomes and reads queue depths on scrape. */
  metrics?: QueueMetrics;
};

/**
 * The few pg-boss job options callers need: a delayed start, expiry, retries, and the queue that receives the job
 * once its retries are spent (`deadLetter`, a queue of the same module). Inside a transaction, give startAfter as a Date.
 */
export type SendOptions = Pick<PgBoss.SendOptions, 'startAfter' | 'expireInSeconds' | 'retryLimit' | 'retryDelay' | 'retryBackoff' | 'deadLetter'>;

const DEADLOCK = '40P01';

/**
 * `signal` aborts when the queue stops and the shutdown grace period has run out: a handler that honours it hands
 * its work back (requeues it in its own tables) and returns; one that throws instead has its job failed, which
 * pg-boss retries.
 */
export type JobHandler<T> = (data: T, job: { id: string; retryCount: number; signal: AbortSignal }) => Promise<void>;

/** pg serializes plain objects as JSON itself; knex would reject one holding an undefined field, so do it first. */
function toBinding(value: unknown): unknown {
  if (value === undefined) return null;
  const plain = typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !Buffer.isBuffer(value);
  return plain ? JSON.stringify(value) : value;
}

/** pg-boss speaks `$1` placeholders; knex.raw speaks `?`. Rewrites one into the other so a job joins a knex transaction. */
function knexExecutor(trx: Knex) {
  return {
    async executeSql(text: string, values: unknown[]) {
      const bindings: unknown[] = [];
      const sql = text.replace(/\?/g, '\\?').replace(/\$(\d+)/g, (_m, n: string) => {
        bindings.push(toBinding(values[Number(n) - 1]));
        return '?';
      });
      const result = await trx.raw(sql, bindings as Knex.RawBinding[]);
      return { rows: result.rows ?? [] };
    },
  };
}

/** True when `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  if (ms === Number.POSITIVE_INFINITY) {
    await promise;
    return true;
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The durable background queue: pg-boss in the same Postgres as the data (embedded or real), so a run and
 * the job that executes it commit together or not at all. Workers are our own fetch loops over pg-boss, so a
 * shutdown can wait for every fetch and handler to finish before the database closes.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly loops: Promise<void>[] = [];
  private readonly wakers = new Map<string, Set<() => void>>();
  /** Queues nudged while their worker was busy fetching: its next idle wait is skipped. */
  private readonly nudged = new Set<string>();
  private stopping = false;
  private readonly stopRunning = new AbortController();
  private readonly pollingIntervalMs: number;
  private readonly maxPollingIntervalMs: number;
  private readonly metrics?: QueueMetrics;
  private readonly schema: string;
  private held?: { released: Promise<void>; release: () => void };

  /**
   * `connection` is a URL (pg-boss opens its own pool) or a knex instance whose pool pg-boss then shares, as the
   * embedded database requires.
   */
  constructor(connection: string | Knex, private readonly log: Logger, options: JobQueueOptions = {}) {
    this.pollingIntervalMs = options.pollingIntervalMs ?? 500;
    this.maxPollingIntervalMs = Math.max(this.pollingIntervalMs, options.maxPollingIntervalMs ?? 4 * this.pollingIntervalMs);
    this.metrics = options.metrics;
    const target = typeof connection === 'string' ? { connectionString: connection, max: 4 } : { db: knexExecutor(connection) };
    this.schema = options.schema ?? 'pgboss';
    // No cron schedules here: pg-boss's timekeeper would still make its queue, poll it every 30 s and take a clock
    // reading at every start (about 60 ms of a start on the embedded database).
    this.boss = new PgBoss({ ...target, schema: this.schema, application_name: 'contract-first-queue', schedule: false });
    this.boss.on('error', (err) => this.log.error({ err }, 'queue error'));
  }

  async start(queues: string[]): Promise<void> {
    await this.boss.start();
    await this.ensureQueues(queues);
  }

  /** Creates queues that do not exist yet; for services that learn their queue names after start. */
  async ensureQueues(queues: string[]): Promise<void> {
    if (queues.length === 0) return;
    // One query for the queues there are, rather than one per queue: on the embedded database each is a few ms of a start.
    const existing = new Set((await this.boss.getQueues()).map((q) => q.name));
    for (const name of queues) if (!existing.has(name)) await this.ensureQueue(name);
    this.metrics?.watchDepth({ queues, size: (name) => this.size(name) });
  }

  /**
   * pg-boss 10 creates a queue's partition without a lock, so processes starting together on a fresh database
   * can deadlock each other (Postgres then aborts one of them). The survivor has created the queue; the victim
   * finds it on a retry.
   */
  private async ensureQueue(name: string, attempt = 1): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    try {
      await this.boss.createQueue(name, { name, retryLimit: 2, expireInSeconds: 15 * 60 });
    } catch (err) {
      if ((err as { code?: string }).code !== DEADLOCK || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      await this.ensureQueue(name, attempt + 1);
    }
  }

  /** Jobs waiting in `name` (created or due for a retry), in every process. */
  size(name: string): Promise<number> {
    return this.boss.getQueueSize(name);
  }

  /** The data of `name`'s jobs that were created before `before` and still wait for a worker, in every process. */
  async waitingSince<T>(knex: Knex, name: string, before: Date): Promise<T[]> {
    const rows: { data: T }[] = await knex(`${this.schema}.job`).where({ name, state: 'created' }).andWhere('created_on', '<', before).select('data');
    return rows.map((r) => r.data);
  }

  /**
   * `name`'s jobs that wait for a worker (created, or due for a retry), in every process, as a query callers narrow
   * by their job data: work that re-sends jobs skips those already waiting.
   */
  waitingJobs(knex: Knex, name: string): Knex.QueryBuilder {
    return knex(`${this.schema}.job`).where({ name }).whereIn('state', ['created', 'retry']);
  }

  /**
   * `name`'s jobs that will start or are starting: waiting (as `waitingJobs`) or fetched by a worker (active). Work
   * that gives up on rows no job will ever start must not give up on one a worker fetched a moment ago.
   */
  liveJobs(knex: Knex, name: string): Knex.QueryBuilder {
    return knex(`${this.schema}.job`).where({ name }).whereIn('state', ['created', 'retry', 'active']);
  }

  /**
   * Sends a job, inside `trx` when given so it commits with the caller's rows. This process's workers of `name` are
   * woken once the job can be seen: when `trx` commits, or at once without one.
   */
  async send<T extends object>(name: string, data: T, trx?: Knex, options: SendOptions = {}): Promise<string | null> {
    const id = await this.boss.send(name, data, trx ? { ...options, db: knexExecutor(trx) } : options);
    const committed = trx ? outermost(trx)?.executionPromise : undefined;
    if (committed) committed.then(() => this.nudge(name), () => {});
    else this.nudge(name);
    return id;
  }

  /** Wakes this process's idle workers now instead of at their next poll. */
  nudge(name: string): void {
    const waiting = this.wakers.get(name);
    if (!waiting || waiting.size === 0) {
      this.nudged.add(name);
      return;
    }
    for (const wake of waiting) wake();
  }

  /**
   * Runs up to `concurrency` of `name`'s jobs at once. One fetch loop per queue claims as many jobs as it has free
   * slots: a loop per slot made every idle slot poll the database on its own, some 50 queries a second from an idle
   * server with all five APIs, all through the embedded database's single connection.
   */
  work<T extends object>(name: string, concurrency: number, handler: JobHandler<T>): void {
    this.loops.push(this.loop(name, Math.max(1, concurrency), handler));
  }

  /**
   * Workers made from now on wait for release() before their first poll. A server holds them while its modules
   * start: the start's own queries (seeds, recovery sweeps) then do not queue behind a first fetch of every
   * queue, about 12 ms each through the embedded database's one connection, and it answers sooner.
   */
  hold(): void {
    if (this.held) return;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { released, release };
  }

  /** Lets the held workers poll, each at its own moment of one polling interval rather than all at once. */
  release(): void {
    this.held?.release();
    this.held = undefined;
  }

  private async loop<T extends object>(name: string, concurrency: number, handler: JobHandler<T>): Promise<void> {
    const running = new Set<Promise<void>>();
    let emptyPolls = 0;
    const held = this.held?.released;
    if (held) {
      await held;
      if (!this.stopping) await this.idle(name, Math.random() * this.pollingIntervalMs);
    }
    while (!this.stopping) {
      if (running.size >= concurrency) {
        await Promise.race(running);
        continue;
      }
      let jobs: PgBoss.Job<T>[] = [];
      try {
        jobs = (await this.boss.fetch<T>(name, { batchSize: concurrency - running.size })) ?? [];
      } catch (err) {
        this.log.error({ err, queue: name }, 'queue fetch failed');
      }
      if (jobs.length === 0) {
        await this.idle(name, Math.min(this.maxPollingIntervalMs, this.pollingIntervalMs * 2 ** Math.min(emptyPolls++, 20)));
        continue;
      }
      emptyPolls = 0;
      for (const job of jobs) {
        const run: Promise<void> = this.run(name, job, handler).finally(() => running.delete(run));
        running.add(run);
      }
    }
    await Promise.allSettled(running);
  }

  private async run<T extends object>(name: string, job: PgBoss.Job<T>, handler: JobHandler<T>): Promise<void> {
    try {
      await handler(job.data, { id: job.id, retryCount: 0, signal: this.stopRunning.signal });
      await this.boss.complete(name, job.id);
      this.metrics?.jobFinished(name, 'completed');
    } catch (err) {
      this.metrics?.jobFinished(name, 'failed');
      if (this.stopRunning.signal.aborted) this.log.warn({ err, queue: name, jobId: job.id }, 'job stopped by the shutdown; pg-boss will retry it');
      else this.log.error({ err, queue: name, jobId: job.id }, 'job failed; pg-boss will retry it');
      await this.boss.fail(name, job.id, { message: (err as Error).message }).catch(() => {});
    }
  }

  private idle(name: string, waitMs: number): Promise<void> {
    if (this.nudged.delete(name)) return Promise.resolve();
    return new Promise((resolve) => {
      let set = this.wakers.get(name);
      if (!set) this.wakers.set(name, (set = new Set()));
      const wake = () => {
        clearTimeout(timer);
        set!.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, waitMs);
      set.add(wake);
    });
  }

  /** Starts no more jobs in this process; the jobs under way go on. Sending still works. */
  pause(): void {
    this.stopping = true;
    this.release();
    for (const name of this.wakers.keys()) this.nudge(name);
  }

  /** Pauses, then waits up to `graceMs` for the jobs under way; true when none is left. */
  settle(graceMs: number): Promise<boolean> {
    this.pause();
    return settlesWithin(Promise.allSettled(this.loops), graceMs);
  }

  /**
   * Stops fetching and lets the jobs under way finish for up to `graceMs`; then aborts their signal, so they hand
   * their work back, and waits for them. Then stops pg-boss.
   */
  async stop(graceMs = Number.POSITIVE_INFINITY): Promise<void> {
    const settled = Promise.allSettled(this.loops);
    if (!(await this.settle(graceMs))) {
      this.log.warn({ graceMs }, 'jobs still running at the end of the shutdown grace period: asking them to hand their work back');
      this.stopRunning.abort(new Error('The job queue is stopping'));
      await settled;
    }
    await this.boss.stop({ graceful: false, wait: true });
  }
}

/** A nested transaction settles at its savepoint; the job becomes visible only when the outermost one commits. */
function outermost(trx: Knex): Knex.Transaction | undefined {
  if (!trx.isTransaction) return undefined;
  let top = trx as Knex.Transaction & { parentTransaction?: Knex.Transaction };
  while (top.parentTransaction) top = top.parentTransaction;
  return top;
}
