import type { Handler } from '../../../generated/hypershift/server.js';
import { toRun } from '../../services/hypershift/run-store.js';
import { workspaceOf } from '../../services/hypershift/tenancy.js';

export const getRun: Handler<'getRun'> = async ({ params, headers }, ctx) => {
  return { status: 200, body: toRun(await ctx.services.runs.get(workspaceOf(headers), params.run_id)) };
};
