import type { Handler } from '../../../generated/hypershift/server.js';
import { actorOf, workspaceOf } from '../../services/hypershift/tenancy.js';

export const approveRun: Handler<'approveRun'> = async ({ params, headers }, ctx) => {
  await ctx.services.commands.approve(workspaceOf(headers), actorOf(headers), params.run_id);
  return { status: 200, body: { message: 'Approved', run_id: params.run_id } };
};
