import type { Handler } from '../../../generated/hypershift/server.js';
import { workspaceOf } from '../../services/hypershift/tenancy.js';

export const listRuns: Handler<'listRuns'> = async ({ query, headers }, ctx) => {
  const runs = await ctx.services.runs.list(workspaceOf(headers, query.workspace_id), { tag: query.tag, limit: query.limit ?? 50, before: query.before });
  return { status: 200, body: { runs } };
};
