import { randomUUID } from 'node:crypto';
import type { Handler } from '../../generated/bench/server.js';

export const createItem: Handler<'createItem'> = async ({ body }) => ({
  status: 201,
  body: { id: randomUUID(), name: body.name, price: body.price, tags: body.tags ?? [] },
});
