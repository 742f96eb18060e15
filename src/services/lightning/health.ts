import type { Knex } from 'knex';
import { HttpError } from '../../core/http-error.js';

/** The server is healthy when its database answers. */
export class LightningHealth {
  constructor(private readonly knex: Knex) {}

  async check(): Promise<void> {
    try {
      await this.knex.raw('select 1');
    } catch {
      throw new HttpError(500, 'unhealthy', 'Database unreachable');
    }
  }
}
