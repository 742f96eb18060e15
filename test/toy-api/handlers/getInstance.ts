import type { Handler } from '../generated/server.js';

export const getInstance: Handler<'getInstance'> = async (_req, ctx) => ({ status: 200, body: { instanceId: ctx.services.instanceId } });
