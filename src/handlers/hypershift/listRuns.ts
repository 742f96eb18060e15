import type { Handler } from '../../../generated/hypershift/server.js';
import { present, workspaceOf } from '../../services/hypershift/tenancy.js';

/** Decision 15: an empty `tag` or `before` (a cleared filter) counts as absent; an empty `workspace_id` too (in workspaceOf). */
export const listRuns: Handler<'listRuns'> = async ({ query, headers }, ctx) => {
  const runs = await ctx.services.runs.list(workspaceOf(headers, query.workspace_id), { tag: present(query.tag), limit: query.limit ?? 50, before: present(query.before) });
  return { status: 200, body: { runs } };
};
