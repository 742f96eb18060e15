import type { Handler } from '../../../generated/hypershift/server.js';
import { actorOf, workspaceOf } from '../../services/hypershift/tenancy.js';

export const rollbackRun: Handler<'rollbackRun'> = async ({ params, headers }, ctx) => {
  await ctx.services.commands.rollback(workspaceOf(headers), actorOf(headers), params.run_id);
  return { status: 200, body: { message: 'Rollback recorded (mock)', audit_recorded: true } };
};
