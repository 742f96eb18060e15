import { readFileSync } from 'node:fs';
import dereferenceJsonSchema from 'dereference-json-schema';
import { OpenAPIRouter } from 'openapi-backend/router.js';
import { upgradeOpenApi30 } from './openapi30.js';
import { rateLimitRules, type RateLimitRule } from './rate-limit-rules.js';

// A CommonJS package whose named exports Node cannot see from an ES module. The router is imported on its own:
// the package index also loads json-schema-ref-parser, js-yaml and a draft-04 validator, none of them used here.
const { dereferenceSync } = dereferenceJsonSchema;

export type JsonSchema = Record<string, unknown> | boolean;

export type ParameterDef = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema?: JsonSchema;
};

export type MediaTypeDef = { schema?: JsonSchema };
export type ResponseDef = { content?: Record<string, MediaTypeDef>; headers?: Record<string, unknown> };
export type SecurityRequirement = Record<string, string[]>;

export type OperationDef = {
  operationId: string;
  method: string;
  path: string;
  parameters: ParameterDef[];
  requestBody?: { required?: boolean; content?: Record<string, MediaTypeDef> };
  responses: Record<string, ResponseDef>;
  security: SecurityRequirement[];
  /** The `x-rate-limit` rules of the document and the operation, as the spec declares them. */
  rateLimits?: RateLimitRule[];
};

export type SecuritySchemeDef = { type: string; scheme?: string; name?: string; in?: string; bearerFormat?: string };

export type LoadedSpec = {
  /** The bundled document as generated (with internal $refs), served to clients. */
  document: Record<string, any>;
  operations: OperationDef[];
  securitySchemes: Record<string, SecuritySchemeDef>;
  /** Path part of servers[0].url: the API's native base path ('' when none). */
  basePath: string;
};

/**
 * openapi-backend is the spec engine: its router lists the bundled document's operations, dereferenced by the same
 * synchronous dereferencer its quick start uses. `OpenAPIBackend.init` is not called: it would also hand the
 * document to json-schema-ref-parser, whose result nothing here reads (tens of ms of every start), and run a
 * definition check that rejects 3.1 documents (the specs are linted by Redocly instead).
 * It lists only the eight methods of 3.1, so OpenAPI 3.2's `query` and `additionalOperations` are read here.
 */
export async function loadSpec(specFile: string): Promise<LoadedSpec> {
  return loadSpecDocument(JSON.parse(readFileSync(specFile, 'utf8')));
}

/** The same from a bundled document already in memory (tools that bundle a spec themselves). A 3.0 document is read as 3.0. */
export async function loadSpecDocument(document: Record<string, any>): Promise<LoadedSpec> {
  // The dereferencer works on its own copy: `document` is served as it is, internal $refs and all.
  const dereferenced = dereferenceSync(upgradeOpenApi30(document) as never) as Record<string, any>;
  const router = new OpenAPIRouter({ definition: dereferenced as never });
  const listed = [...router.getOperations(), ...openApi32Operations(dereferenced)];
  const operations: OperationDef[] = listed.map((op: any) => ({
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: op.path,
    parameters: mergeParameters(dereferenced.paths[op.path]?.parameters, op.parameters),
    requestBody: op.requestBody,
    responses: op.responses ?? {},
    security: op.security ?? dereferenced.security ?? [],
    rateLimits: rateLimitRules(dereferenced, op, op.operationId),
  }));
  return {
    document,
    operations,
    securitySchemes: dereferenced.components?.securitySchemes ?? {},
    basePath: basePathOf(document.servers?.[0]?.url),
  };
}

/** The response an operation declares for a status: exact, then its class (`4XX`), then `default`. */
export function declaredResponse(operation: OperationDef, status: number): ResponseDef | undefined {
  const code = String(status);
  return operation.responses[code] ?? operation.responses[`${code[0]}XX`] ?? operation.responses.default;
}

/** The operations of 3.2 path items that openapi-backend does not list: `query`, and `additionalOperations` by the method as sent. */
function openApi32Operations(dereferenced: Record<string, any>): Record<string, any>[] {
  return Object.entries<Record<string, any>>(dereferenced.paths ?? {}).flatMap(([path, item]) => [
    ...(item.query ? [{ ...item.query, method: 'QUERY', path }] : []),
    ...Object.entries<Record<string, any>>(item.additionalOperations ?? {}).map(([method, op]) => ({ ...op, method, path })),
  ]);
}

function mergeParameters(shared: ParameterDef[] = [], own: ParameterDef[] = []): ParameterDef[] {
  const byKey = new Map<string, ParameterDef>();
  for (const p of [...shared, ...own]) byKey.set(`${p.in}:${p.name}`, p);
  return [...byKey.values()];
}

function basePathOf(url: string | undefined): string {
  if (!url) return '';
  const path = /^[a-z]+:\/\//i.test(url) ? new URL(url).pathname : url;
  return path.replace(/\/+$/, '');
}
