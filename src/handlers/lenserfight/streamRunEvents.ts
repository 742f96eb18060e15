import type { Handler } from '../../../generated/lenserfight/server.js';

export const streamRunEvents: Handler<'streamRunEvents'> = async ({ params, headers }, ctx) => {
  const { services } = ctx;
  const run = await services.status.requireOwned(ctx.principal.subject, params.runId);
  // Any string of digits is a cursor; one past every id (even past bigint, which Postgres would refuse) means
  // nothing stored follows it.
  const lastEventId = Math.min(Number(headers['Last-Event-ID'] ?? 0), Number.MAX_SAFE_INTEGER);
  return { status: 200, sse: (stream) => services.streamer.stream(run.id, lastEventId, stream) };
};
