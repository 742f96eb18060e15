import { HttpError } from '../../core/http-error.js';
import type { DeliveryStore } from '../../core/webhooks/delivery-store.js';
import type { JobRepository } from './job-repository.js';
import { jobState } from './job-view.js';

/** A job's state for its owner, with its callback's delivery; another user's job is not found. */
export class JobStatusReader {
  constructor(
    private readonly jobs: JobRepository,
    private readonly deliveries: DeliveryStore,
  ) {}

  async state(subject: string, jobId: string) {
    const row = await this.jobs.find(jobId, subject);
    if (!row) throw new HttpError(404, 'not_found', `Job ${jobId} not found`, { jobId });
    const delivery = row.callback_delivery_id ? await this.deliveries.get(row.callback_delivery_id) : undefined;
    return jobState(row, delivery);
  }
}
