import { compile } from 'json-schema-to-typescript';
import { decodedItemSchema, itemSchemaOf } from '../../src/core/stream-items.js';
import type { OpenApiDocument } from './bundle-spec.js';
import type { OperationInfo } from './operations.js';
import { GENERATED_HEADER } from './paths.js';

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** The operations whose success response is an event stream with an item schema (`x-item-schema` or `itemSchema`). */
export function streamingOperations(doc: OpenApiDocument, operations: OperationInfo[]): { op: OperationInfo; schema: Record<string, unknown> }[] {
  return operations.flatMap((op) => {
    for (const [status, response] of Object.entries<Record<string, any>>(op.raw.responses ?? {})) {
      const resolved = typeof response.$ref === 'string' ? (doc.components as any)?.responses?.[response.$ref.split('/').pop() ?? ''] : response;
      const media = resolved?.content?.['text/event-stream'];
      const schema = status.startsWith('2') ? itemSchemaOf(media) : undefined;
      if (schema) return [{ op, schema }];
    }
    return [];
  });
}

/**
 * `streams.ts`: per streaming operation, the type of its events (from the item schema, JSON `data` decoded),
 * an async-iterator client with `Last-Event-ID` resume, and a React hook on it. Path and query parameters are
 * one `params` object, as in the React Query client.
 */
export async function renderStreamClients(doc: OpenApiDocument, operations: OperationInfo[], clientDir: string, api: string): Promise<string | undefined> {
  const streams = streamingOperations(doc, operations);
  if (streams.length === 0) return undefined;
  const jsonBody = (op: OperationInfo) => op.requestContentTypes.find((t) => /[/+]json$/.test(t));
  const parts = [
    `// ${GENERATED_HEADER}: produced by scripts/generate (stream-clients.ts) from each stream's item schema.`,
    streams.some(({ op }) => op.parameters.some((p) => p.in === 'query'))
      ? `import { openEventStream, queryString, type EventStreamOptions, type QueryValue } from '${clientDir}/event-stream.js';`
      : `import { openEventStream, type EventStreamOptions } from '${clientDir}/event-stream.js';`,
    `import { useEventStream } from '${clientDir}/use-event-stream.js';`,
    ...(streams.some(({ op }) => jsonBody(op)) ? [`import type { operations } from './types.js';`] : []),
    '',
  ];
  for (const { op, schema } of streams) {
    const name = `${pascal(op.handlerName)}Event`;
    // The item schema's $refs point into the document: compile it with the components beside it.
    const root = decodedItemSchema({ ...schema, components: doc.components }) as Record<string, unknown>;
    const types = await compile(root as never, name, { bannerComment: '', additionalProperties: false, declareExternallyReferenced: true, format: false });
    const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
    const queryParams = op.parameters.filter((p) => p.in === 'query');
    const fields = [
      ...pathParams.map((p) => `${JSON.stringify(p)}: string`),
      ...queryParams.map((p) => `${JSON.stringify(p.name)}${p.required ? '' : '?'}: QueryValue`),
    ];
    const paramsType = fields.length > 0 ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
    const query = queryParams.length > 0 ? `\${queryString(params, ${JSON.stringify(queryParams.map((p) => p.name))})}` : '';
    const url = op.path.replace(/\{([^}]+)\}/g, (_m, p: string) => `\${encodeURIComponent(params[${JSON.stringify(p)}])}`) + query;
    const method = op.method.toUpperCase();
    // A stream opened by a request with a body (Lightning's chat reply: POST the message, read the reply) takes it
    // after its path parameters; a GET keeps the (params, options) signature.
    const body = jsonBody(op);
    const bodyType = body ? `NonNullable<operations[${JSON.stringify(op.operationId)}]['requestBody']>['content'][${JSON.stringify(body)}]${op.requestBodyRequired ? '' : ' | undefined'}` : '';
    const bodyParam = body ? `, body: ${pascal(op.handlerName)}Body` : '';
    const request = body ? `, { method: '${method}', body }` : method === 'GET' ? '' : `, { method: '${method}' }`;
    const deps = [
      ...pathParams.map((p) => `params[${JSON.stringify(p)}]`),
      ...(queryParams.length > 0 ? [`queryString(params, ${JSON.stringify(queryParams.map((p) => p.name))})`] : []),
      ...(body ? ['JSON.stringify(body)'] : []),
      'options?.lastEventId',
    ];
    parts.push(
      types.trim(),
      '',
      ...(body ? [`/** The request body that opens ${op.handlerName}'s stream. */`, `export type ${pascal(op.handlerName)}Body = ${bodyType};`, ''] : []),
      `/** ${method} ${op.path}: its events as they arrive; resumes after \`lastEventId\`${method === 'GET' ? ' and after a dropped connection' : ''}. */`,
      `export function ${op.handlerName}(params: ${paramsType}${bodyParam}, options?: EventStreamOptions): AsyncGenerator<${name}> {`,
      `  return openEventStream<${name}>(\`${url}\`, { api: ${JSON.stringify(api)}, ...options }${request});`,
      '}',
      '',
      `/** React: the events of ${op.handlerName} so far, whether it has ended, and its error. */`,
      `export function use${pascal(op.handlerName)}(params: ${paramsType}${bodyParam}, options?: Omit<EventStreamOptions, 'signal'>) {`,
      `  return useEventStream<${name}>((signal) => ${op.handlerName}(params${body ? ', body' : ''}, { ...options, signal }), [${deps.join(', ')}]);`,
      '}',
      '',
    );
  }
  return parts.join('\n');
}
