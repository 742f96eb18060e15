import { rateLimitRules } from '../../src/core/rate-limit-rules.js';
import type { OpenApiDocument } from './bundle-spec.js';
import { pathItemOperations, resolveRef } from './operations.js';

type Operation = Record<string, any>;
type Response = { content?: Record<string, unknown>; headers?: Record<string, unknown> };

const RATE_LIMIT_HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/**
 * The statuses the framework itself answers for an operation, before or around its handler; each must be in
 * the spec (as JSON, in the API's error schema) so that a client sees only what the contract lists:
 * 400 (malformed JSON, a parameter or body failing validation) where the operation takes parameters or a
 * body, 401 where authentication is required, 413 and 415 where it accepts a body, 429 where a rate limit
 * applies, 500 everywhere. 404 and 405 for an unknown path or method are answered before any operation
 * matches, so no operation can declare them; they are not demanded here.
 */
export function frameworkStatuses(doc: OpenApiDocument, shared: unknown[], op: Operation): number[] {
  const statuses: number[] = [];
  if (shared.length > 0 || (op.parameters ?? []).length > 0 || op.requestBody) statuses.push(400);
  const security: Record<string, unknown>[] = op.security ?? doc.security ?? [];
  if (security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0)) statuses.push(401);
  if (op.requestBody) statuses.push(413, 415);
  if (rateLimitRules(doc, op, op.operationId).length > 0) statuses.push(429);
  statuses.push(500);
  return statuses;
}

/** Problems, one per operation and status, with the framework statuses and rate-limit headers of a bundled spec. */
export function checkFrameworkStatuses(api: string, doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef<Record<string, any>>(doc, rawItem);
    for (const [method, op] of pathItemOperations(item)) {
      const where = `${api}: ${op.operationId} (${method.toUpperCase()} ${path})`;
      const responses = Object.fromEntries(Object.entries(op.responses ?? {}).map(([s, r]) => [s, resolveRef<Response>(doc, r)]));
      for (const status of frameworkStatuses(doc, item.parameters ?? [], op)) {
        const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
        if (!declared?.content?.['application/json']) problems.push(`${where} does not declare ${status} with an application/json error body`);
      }
      if (rateLimitRules(doc, op, op.operationId).length > 0) problems.push(...rateLimitHeaderProblems(where, responses));
    }
  }
  return problems;
}

/** A rate-limited operation documents the X-RateLimit-* headers on every response, and Retry-After on 429. */
function rateLimitHeaderProblems(where: string, responses: Record<string, Response>): string[] {
  const problems: string[] = [];
  for (const [status, response] of Object.entries(responses)) {
    const names = Object.keys(response.headers ?? {});
    const wanted = status === '429' ? [...RATE_LIMIT_HEADERS, 'Retry-After'] : RATE_LIMIT_HEADERS;
    const missing = wanted.filter((name) => !names.includes(name));
    if (missing.length > 0) problems.push(`${where} response ${status} does not document the header ${missing.join(', ')}`);
  }
  return problems;
}
