import type { Handler } from '../../../generated/hypershift/server.js';
import { actorOf, workspaceOf } from '../../services/hypershift/tenancy.js';

export const replayRun: Handler<'replayRun'> = async ({ params, headers }, ctx) => {
  const runId = await ctx.services.commands.replay({ workspaceId: workspaceOf(headers), actor: actorOf(headers), origin: ctx.origin, mountPath: ctx.basePath }, params.run_id);
  return { status: 201, body: { run_id: runId } };
};
