import type { Handler } from '../../../generated/hypershift/server.js';
import { actorOf, workspaceOf } from '../../services/hypershift/tenancy.js';

export const startRun: Handler<'startRun'> = async ({ params, headers }, ctx) => {
  await ctx.services.commands.start(workspaceOf(headers), actorOf(headers), params.run_id);
  return { status: 202, body: { message: 'Run started' } };
};
