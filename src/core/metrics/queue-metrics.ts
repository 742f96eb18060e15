import { Counter, Gauge, type Registry } from 'prom-client';

export type JobOutcome = 'completed' | 'failed';

/** Where the depth gauge reads the number of jobs waiting in a queue (pg-boss's getQueueSize). */
export type QueueSizeSource = { queues: string[]; size(queue: string): Promise<number> };

/**
 * Job outcomes per queue, counted as workers finish them, and queue depth, read from the database when
 * /metrics is scraped: nothing on the request path. Depths are kept for `depthCacheMs`, so scrapes arriving
 * together (or a scraper polling fast) cost one round of queries.
 */
export class QueueMetrics {
  private readonly outcomes: Counter<'queue' | 'outcome'>;
  private readonly sources: QueueSizeSource[] = [];
  private depths?: { at: number; sizes: Promise<Array<[string, number]>> };

  constructor(
    registry: Registry,
    private readonly depthCacheMs: number,
  ) {
    this.outcomes = new Counter({
      name: 'job_queue_jobs_total',
      help: 'Jobs finished by this process, by queue and outcome (a failed job may be retried)',
      labelNames: ['queue', 'outcome'],
      registers: [registry],
    });
    const read = () => this.readDepths();
    new Gauge({
      name: 'job_queue_depth',
      help: 'Jobs waiting in each queue (created or waiting to retry), across all processes',
      labelNames: ['queue'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const [queue, size] of await read()) this.set({ queue }, size);
      },
    });
  }

  jobFinished(queue: string, outcome: JobOutcome): void {
    this.outcomes.labels(queue, outcome).inc();
  }

  watchDepth(source: QueueSizeSource): void {
    this.sources.push(source);
  }

  private readDepths(): Promise<Array<[string, number]>> {
    const now = Date.now();
    if (!this.depths || now - this.depths.at >= this.depthCacheMs) this.depths = { at: now, sizes: this.querySizes() };
    return this.depths.sizes;
  }

  /** A queue whose size cannot be read (the database is down, the queue stopping) is left out rather than failing the scrape. */
  private async querySizes(): Promise<Array<[string, number]>> {
    const pairs = this.sources.flatMap((source) => source.queues.map((queue) => ({ source, queue })));
    const sizes = await Promise.all(pairs.map(({ source, queue }) => source.size(queue).catch(() => undefined)));
    return pairs.flatMap(({ queue }, i) => (sizes[i] === undefined ? [] : [[queue, sizes[i]] as [string, number]]));
  }
}
