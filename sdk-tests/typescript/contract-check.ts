import type { LoadedSpec, OperationDef } from '../../src/core/spec-loader.js';
import { parseEvents } from '../../scripts/contract-test/http-exchange.js';
import { loadAnySpec } from '../../scripts/contract-test/load-any-spec.js';
import { checkResponse } from '../../scripts/contract-test/response-checks.js';

type ResponseContext = { url: string; init: RequestInit; response: Response };

/** The base URL an API's generated SDK talks to on a server mounting every API: `/<slug>` + its native base path. */
export async function sdkBasePath(server: string, slug: string): Promise<{ basePath: string; spec: LoadedSpec }> {
  const spec = await loadAnySpec(slug);
  return { basePath: `${server}/${slug}${spec.basePath}`, spec };
}

function operationOf(spec: LoadedSpec, method: string, path: string): OperationDef | undefined {
  return spec.operations.find((op) => {
    if (op.method.toLowerCase() !== method.toLowerCase()) return false;
    const pattern = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
  });
}

/**
 * A typescript-fetch middleware that checks every answer against the spec (documented status and content type,
 * body valid against its schema, each stream event against its item schema) and fails the SDK call on a
 * mismatch. The generated SDKs only map fields; without this a missing or renamed field would pass silently.
 */
export function contractCheck(spec: LoadedSpec, basePath: string) {
  return {
    async post({ url, init, response }: ResponseContext): Promise<Response> {
      const { pathname } = new URL(url);
      const path = pathname.slice(new URL(basePath).pathname.length);
      const method = init.method ?? 'GET';
      const operation = operationOf(spec, method, path);
      if (!operation) throw new Error(`contract mismatch: the SDK called ${method} ${path}, which the spec does not have`);
      const text = await response.clone().text();
      const contentType = response.headers.get('content-type') ?? undefined;
      const events = contentType?.includes('event-stream') ? parseEvents(text, false) : undefined;
      const violations = checkResponse(operation, { status: response.status, contentType, text, events }, false);
      if (violations.length > 0) {
        throw new Error(`contract mismatch on ${operation.operationId} (${response.status}): ${violations.map((v) => `${v.check}: ${v.message}`).join('; ')}`);
      }
      return response;
    },
  };
}
