import type { Handler } from '../../../generated/lenserfight/server.js';

export const streamRunEvents: Handler<'streamRunEvents'> = async ({ params, headers }, ctx) => {
  const { services } = ctx;
  const run = await services.status.requireOwned(ctx.principal.subject, params.runId);
  const lastEventId = Number(headers['Last-Event-ID'] ?? 0);
  return { status: 200, sse: (stream) => services.streamer.stream(run.id, lastEventId, stream) };
};
