import type { Handler } from '../../../generated/lenserfight/server.js';

export const listLenses: Handler<'listLenses'> = async (_req, ctx) => {
  const lenses = await ctx.services.lenses.listLenses();
  return {
    status: 200,
    body: {
      data: lenses.map((lens) => ({
        id: lens.id,
        name: lens.name,
        description: lens.description,
        params: lens.params.map((p) => ({ ...p, required: p.required !== false })),
      })),
    },
  };
};
