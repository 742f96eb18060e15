import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { JobQueue } from '../../queue/job-queue.js';
import { DeliveryStore, type DeliveryRow } from './delivery-store.js';
import { DestinationGuard } from './destination-guard.js';
import { DEFAULT_RETRY_POLICY, nextDelayMs, type RetryPolicy } from './retry-schedule.js';
import { profileHeaders, type WebhookProfile } from './webhook-profile.js';
import { sendWebhook, type AttemptResult } from './webhook-sender.js';
import { signWebhook } from './webhook-signature.js';
import type { PayloadValidator } from './webhook-schemas.js';

export type WebhookOutcome = 'delivered' | 'retrying' | 'failed';

export type WebhookDeliveryOptions = {
  /** Hosts exempt from the address check (WEBHOOK_ALLOW_HOSTS). */
  allowHosts?: string[];
  /** Attempts and backoff for every API; a profile may override them. */
  retry?: Partial<RetryPolicy>;
  /** Per attempt, connecting to the end of the response (WEBHOOK_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Attempts this process runs at once, per API. */
  concurrency?: number;
  /** A payload that does not match its schema throws (development, test); otherwise it is logged and sent. */
  strictPayloads: boolean;
  /** Called after every recorded attempt, for metrics. */
  onAttempt?: (api: string, outcome: WebhookOutcome, durationMs: number) => void;
};

export type WebhookRequest = {
  api: string;
  url: string;
  /** The webhook's or callback's name in the profile's validators. */
  event: string;
  payload: unknown;
  /** Sent as the event id header; defaults to the delivery's own id. */
  eventId?: string;
};

type DeliveryJob = { deliveryId: string; attempt: number };

export const webhookQueueName = (api: string) => `webhooks-${api}`;

/**
 * Durable, signed, at-least-once webhook delivery for every API. A delivery row and the pg-boss job for its
 * first attempt join the caller's transaction, so they exist exactly when the state change that caused them
 * commits. Each attempt is one job: after a failure the attempt, the delivery's new state and the delayed job
 * for the next attempt commit together, so a restart at any point leaves either the old job or the new one in
 * Postgres, and the backoff is exact to the millisecond rather than pg-boss's whole seconds.
 */
export class WebhookDelivery {
  readonly store: DeliveryStore;
  private readonly profiles = new Map<string, WebhookProfile>();
  private readonly guard: DestinationGuard;
  private readonly timeoutMs: number;

  constructor(
    private readonly deps: { knex: Knex; queue: JobQueue; log: Logger },
    private readonly options: WebhookDeliveryOptions,
  ) {
    this.store = new DeliveryStore(deps.knex);
    this.guard = new DestinationGuard(options.allowHosts ?? []);
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Adds an API's profile, creates its delivery queue and starts this process's workers for it. */
  async register(profile: WebhookProfile): Promise<void> {
    if (!/^[\w-]+$/.test(profile.api)) throw new Error(`webhook profile name ${JSON.stringify(profile.api)} must be letters, digits, _ or -`);
    if (this.profiles.has(profile.api)) throw new Error(`webhook profile ${profile.api} is already registered`);
    const queue = webhookQueueName(profile.api);
    await this.deps.queue.ensureQueues([queue]);
    this.profiles.set(profile.api, profile);
    this.deps.queue.work<DeliveryJob>(queue, this.options.concurrency ?? 4, (data, job) => this.attempt(profile, data, job.signal));
  }

  /** A 400 unless a webhook could be sent to `url` now (see DestinationGuard.check): for checking a URL when it is submitted. */
  checkDestination(url: string): Promise<URL> {
    return this.guard.check(url);
  }

  /**
   * Validates the payload and queues its delivery inside `trx`, the caller's transaction. A URL that is not
   * http(s) is a 400; a payload that breaks its schema throws in development and test.
   */
  async enqueue(trx: Knex, request: WebhookRequest): Promise<{ deliveryId: string; eventId: string }> {
    const profile = this.profiles.get(request.api);
    if (!profile) throw new Error(`no webhook profile registered for ${request.api}`);
    const url = this.guard.parse(request.url);
    this.checkPayload(profile, request);
    const row = await this.store.insert(trx, {
      api: request.api,
      event: request.event,
      eventId: request.eventId,
      url: url.href,
      body: JSON.stringify(request.payload),
      maxAttempts: this.policy(profile).maxAttempts,
    });
    await this.send(trx, row.api, { deliveryId: row.id, attempt: 1 }, 0);
    return { deliveryId: row.id, eventId: row.event_id };
  }

  private checkPayload(profile: WebhookProfile, request: WebhookRequest): void {
    const validate = profile.validators[request.event];
    const problems = validate ? runValidator(validate, request.payload) : [`no schema for event ${request.event}`];
    if (problems.length === 0) return;
    const message = `${request.api} webhook ${request.event}: payload does not match the spec: ${problems.join('; ')}`;
    if (this.options.strictPayloads) throw new Error(message);
    this.deps.log.error({ api: request.api, event: request.event, problems }, message);
  }

  private policy(profile: WebhookProfile): RetryPolicy {
    return { ...DEFAULT_RETRY_POLICY, ...this.options.retry, ...profile.retry };
  }

  private send(trx: Knex, api: string, job: DeliveryJob, delayMs: number): Promise<unknown> {
    // pg-boss's own retries are only the safety net for a job whose worker died (it expires a little past the
    // attempt's timeout, so a slow but live attempt is never taken for a dead one) or could not reach the
    // database: retried for hours, so an outage does not strand a pending delivery. A repeated job is a no-op
    // once its attempt is recorded.
    const safetyNet = { expireInSeconds: Math.ceil(this.timeoutMs / 1000) + 60, retryLimit: 10, retryDelay: 5, retryBackoff: true };
    // A Date, not pg-boss's seconds form: inside a knex transaction that form fails to bind ("0.15" is read as
    // a timestamp), and whole seconds would be too coarse for short backoffs anyway.
    const startAfter = delayMs > 0 ? { startAfter: new Date(Date.now() + delayMs) } : {};
    return this.deps.queue.send(webhookQueueName(api), job, trx, { ...safetyNet, ...startAfter });
  }

  private async attempt(profile: WebhookProfile, job: DeliveryJob, stop?: AbortSignal): Promise<void> {
    const delivery = await this.store.get(job.deliveryId);
    if (!isDue(delivery, job)) return;
    const result = await this.post(profile, delivery, stop);
    if (result.error !== null && stop?.aborted) {
      // Cut short by a stopping server, not failed by the receiver: not counted, the same attempt is queued again.
      await this.send(this.deps.knex, delivery.api, job, 0);
      return;
    }
    const outcome = await this.deps.knex.transaction((trx) => this.settle(trx, profile, job, result));
    if (outcome) this.options.onAttempt?.(profile.api, outcome, result.durationMs);
  }

  private post(profile: WebhookProfile, delivery: DeliveryRow, signal?: AbortSignal): Promise<AttemptResult> {
    const url = new URL(delivery.url);
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signWebhook(profile.secret, timestamp, delivery.body);
    const headers = profileHeaders(profile, { event: delivery.event, eventId: delivery.event_id, timestamp, signature });
    return sendWebhook({ url, body: delivery.body, headers, agent: this.guard.agentFor(url), timeoutMs: this.timeoutMs, signal });
  }

  /** Records the attempt and what follows from it, under the row's lock; null when another worker got there first. */
  private async settle(trx: Knex, profile: WebhookProfile, job: DeliveryJob, result: AttemptResult): Promise<WebhookOutcome | null> {
    const delivery = await this.store.lock(trx, job.deliveryId);
    if (!isDue(delivery, job)) return null;
    // The attempts allowed were fixed when the delivery was queued, so a restart with other settings keeps them.
    const policy = { ...this.policy(profile), maxAttempts: delivery.max_attempts };
    const retryInMs = result.error === null ? null : nextDelayMs(policy, job.attempt);
    const status = await this.store.recordAttempt(trx, delivery.id, job.attempt, result, retryInMs);
    const log = { api: delivery.api, deliveryId: delivery.id, attempt: job.attempt, statusCode: result.statusCode, error: result.error };
    if (status === 'delivered') return 'delivered';
    if (status === 'failed') {
      this.deps.log.error(log, 'webhook delivery failed for good');
      return 'failed';
    }
    this.deps.log.warn({ ...log, retryInMs }, 'webhook attempt failed; retrying');
    await this.send(trx, delivery.api, { deliveryId: delivery.id, attempt: job.attempt + 1 }, retryInMs!);
    return 'retrying';
  }
}

/** A job is due only while its delivery is pending at exactly the attempt before it; older or repeated jobs are no-ops. */
function isDue(delivery: DeliveryRow | undefined, job: DeliveryJob): delivery is DeliveryRow {
  return delivery?.status === 'pending' && delivery.attempts === job.attempt - 1;
}

/** Schemas compile on first use: one that cannot compile is a problem with the payload's contract, reported as one. */
function runValidator(validate: PayloadValidator, payload: unknown): string[] {
  try {
    return validate(payload);
  } catch (err) {
    return [`its schema cannot be checked: ${(err as Error).message}`];
  }
}
