import type { Handler } from '../../generated/bench/server.js';

export const getItem: Handler<'getItem'> = async ({ params }) => ({
  status: 200,
  body: { id: params.id, name: 'bench item', price: 9.5, tags: ['a', 'b'] },
});
