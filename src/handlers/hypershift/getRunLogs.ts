import type { Handler } from '../../../generated/hypershift/server.js';
import { workspaceOf } from '../../services/hypershift/tenancy.js';

export const getRunLogs: Handler<'getRunLogs'> = async ({ params, headers }, ctx) => {
  const run = await ctx.services.runs.get(workspaceOf(headers), params.run_id);
  return { status: 200, body: { run_id: run.id, logs: await ctx.services.audit.list(run.id) } };
};
