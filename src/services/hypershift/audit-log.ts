import type { Knex } from 'knex';
import type { AuditAction, Schemas } from './types.js';

type AuditRow = { id: string | number; run_id: string; action: AuditAction; details: Schemas['AuditLogDetails']; created_at: Date };

/** Every action on a run, in order, with who did it; written in the transaction of the action itself. */
export class AuditLog {
  constructor(private readonly knex: Knex) {}

  async append(trx: Knex, runId: string, action: AuditAction, details: Schemas['AuditLogDetails']): Promise<void> {
    await trx('hs_audit_log').insert({ run_id: runId, action, details: JSON.stringify(details) });
  }

  async list(runId: string): Promise<Schemas['AuditLogEntry'][]> {
    const rows: AuditRow[] = await this.knex('hs_audit_log').where({ run_id: runId }).orderBy('id', 'asc');
    return rows.map((r) => ({ id: Number(r.id), run_id: r.run_id, action: r.action, details: r.details, created_at: new Date(r.created_at).toISOString() }));
  }
}
