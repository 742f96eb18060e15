import pg from 'pg';
import type { Logger } from 'pino';

/**
 * LISTENs for new run events on a dedicated connection and calls `onEvent`, so streams see an event within
 * milliseconds of its commit, whichever process wrote it. Reconnects after a failure; the hub's interval poll
 * covers the gap. Not used on the embedded database, whose NOTIFY does not cross connections.
 */
export class RunEventListener {
  private client?: pg.Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly onEvent: () => void,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'lenserfight-event-listener' });
    client.on('notification', () => this.onEvent());
    client.on('error', (err) => this.reconnect(err));
    client.on('end', () => this.reconnect());
    await client.connect();
    await client.query('listen lf_run_events');
    this.client = client;
  }

  private reconnect(err?: unknown): void {
    if (this.stopped || this.retry) return;
    if (err) this.log.warn({ err }, 'run event listener lost its connection; reconnecting');
    this.client = undefined;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.start().catch((e) => this.reconnect(e));
    }, 1000);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }
}
