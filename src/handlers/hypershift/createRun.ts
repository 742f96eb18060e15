import type { Handler } from '../../../generated/hypershift/server.js';
import { actorOf, workspaceOf } from '../../services/hypershift/tenancy.js';

export const createRun: Handler<'createRun'> = async ({ body, headers }, ctx) => {
  const runId = await ctx.services.commands.create({ workspaceId: workspaceOf(headers), actor: actorOf(headers), origin: ctx.origin, mountPath: ctx.basePath }, body);
  return { status: 201, body: { run_id: runId } };
};
