import type { Handler } from '../../../generated/hypershift/server.js';
import { actorOf, workspaceOf } from '../../services/hypershift/tenancy.js';

export const rejectRun: Handler<'rejectRun'> = async ({ params, headers }, ctx) => {
  await ctx.services.commands.reject(workspaceOf(headers), actorOf(headers), params.run_id);
  return { status: 200, body: { message: 'Rejected', run_id: params.run_id } };
};
