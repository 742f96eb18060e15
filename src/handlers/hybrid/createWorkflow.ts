import type { Handler } from '../../../generated/hybrid/server.js';

/** The definition arrives as JSON (an object) or as YAML text (a string, `application/yaml`). */
export const createWorkflow: Handler<'createWorkflow'> = async ({ body }, ctx) => {
  const definition = typeof body === 'string' ? ctx.services.workflowBodies.fromYaml(body) : body;
  const name = await ctx.services.workflows.save(ctx.principal.subject, definition);
  return { status: 200, body: { status: 'success', name } };
};
