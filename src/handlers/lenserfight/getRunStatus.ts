import type { Handler } from '../../../generated/lenserfight/server.js';
import { lenserfight } from '../../services/lenserfight/container.js';

export const getRunStatus: Handler<'getRunStatus'> = async ({ params }, ctx) => {
  const run = await lenserfight().status.status(ctx.principal.subject, params.runId);
  return { status: 200, body: { data: run } };
};
