import type { OperationInfo } from './operations.js';
import type { OpenApiDocument } from './bundle-spec.js';
import { GENERATED_HEADER } from './paths.js';

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const quote = (id: string) => `'${id.replace(/['\\]/g, '\\$&')}'`;
/** The operationId as an object key: bare when it is an identifier, quoted otherwise (`'repos/get'`). */
const propertyKey = (id: string) => (/^[A-Za-z_$][\w$]*$/.test(id) ? id : quote(id));

function isSecured(doc: OpenApiDocument, op: OperationInfo): boolean {
  const security = op.raw.security ?? doc.security ?? [];
  return security.length > 0 && !security.some((req: object) => Object.keys(req).length === 0);
}

function parameterType(op: OperationInfo, location: 'path' | 'query' | 'header'): string {
  const params = op.parameters.filter((p) => p.in === location);
  if (params.length === 0) return 'Record<string, never>';
  const key = location === 'header' ? 'header' : location;
  return `NonNullable<operations['${op.operationId}']['parameters']['${key}']>`;
}

/** One member per declared media type, JSON first: a handler learns which one came from the body's type (a JSON
 * value, or the text of any other media type, which the runtime hands over unparsed). */
function bodyType(op: OperationInfo): string {
  const json = op.requestContentTypes.filter((t) => t.includes('json')).slice(0, 1);
  const others = op.requestContentTypes.filter((t) => !t.includes('json') && !t.includes('form') && !t.startsWith('multipart/'));
  if (json.length === 0) return 'undefined';
  const type = [...json, ...others].map((t) => `NonNullable<operations['${op.operationId}']['requestBody']>['content']['${t}']`).join(' | ');
  return op.requestBodyRequired ? type : `${type} | undefined`;
}

function responseType(op: OperationInfo): string {
  const variants = op.responses.map(({ status, contentTypes }) => {
    const code = status === 'default' ? 'number' : status;
    const statusKey = status === 'default' ? "'default'" : status;
    if (contentTypes.includes('text/event-stream')) {
      return `{ status: ${code}; sse: SseProducer; headers?: ResponseHeaders }`;
    }
    const json = contentTypes.find((t) => t.includes('json'));
    if (!json) return `{ status: ${code}; headers?: ResponseHeaders }`;
    return `{ status: ${code}; body: operations['${op.operationId}']['responses'][${statusKey}]['content']['${json}']; headers?: ResponseHeaders }`;
  });
  return variants.map((v) => `\n  | ${v}`).join('');
}

/** The typed handler contract: a missing handler, a wrong request type or an undeclared response is a tsc error. */
export function renderServerStub(doc: OpenApiDocument, operations: OperationInfo[], imports: { coreDir: string; services?: string }): string {
  const streams = operations.some((op) => op.responses.some((r) => r.contentTypes.includes('text/event-stream')));
  const lines = [
    `// ${GENERATED_HEADER}: produced by scripts/generate from the bundled spec.`,
    `import type { operations } from './types.js';`,
    `import type { HandlerContext, ResponseHeaders${streams ? ', SseProducer' : ''} } from '${imports.coreDir}/handler-types.js';`,
  ];
  if (imports.services) lines.push(`import type { Services } from '${imports.services}';`, '');
  else lines.push('', '/** This API declares no services module, so handlers get none. */', 'type Services = Record<string, never>;', '');
  for (const op of operations) {
    const name = pascal(op.handlerName);
    lines.push(
      `export type ${name}Request = {`,
      `  params: ${parameterType(op, 'path')};`,
      `  query: ${parameterType(op, 'query')};`,
      `  headers: ${parameterType(op, 'header')};`,
      `  body: ${bodyType(op)};`,
      `};`,
      `export type ${name}Response =${responseType(op)};`,
      '',
    );
  }
  lines.push('export interface Operations {');
  for (const op of operations) {
    const name = pascal(op.handlerName);
    lines.push(`  ${propertyKey(op.operationId)}: { request: ${name}Request; response: ${name}Response; secured: ${isSecured(doc, op)} };`);
  }
  lines.push(
    '}',
    '',
    'export type OperationId = keyof Operations;',
    '',
    'export type Handler<K extends OperationId> = (',
    "  req: Operations[K]['request'],",
    "  ctx: HandlerContext<Operations[K]['secured'], Services>,",
    ") => Promise<Operations[K]['response']>;",
    '',
    'export type Handlers = { [K in OperationId]: Handler<K> };',
    '',
    `export const operationIds = [${operations.map((o) => quote(o.operationId)).join(', ')}] as const satisfies readonly OperationId[];`,
    '',
  );
  return lines.join('\n');
}

/** Imports every hand-written handler so that a missing file or a mistyped handler fails tsc. */
export function renderHandlerIndex(handlersImportDir: string, operations: OperationInfo[]): string {
  const lines = [
    `// ${GENERATED_HEADER}: produced by scripts/generate; implement handlers in ${handlersImportDir.replace(/^\.\.\/\.\.\//, '')}/.`,
    `import type { Handlers } from './server.js';`,
  ];
  for (const op of operations) {
    lines.push(`import { ${op.handlerName} } from '${handlersImportDir}/${op.handlerName}.js';`);
  }
  lines.push('', 'export const handlers: Handlers = {');
  for (const op of operations) lines.push(op.handlerName === op.operationId ? `  ${op.operationId},` : `  ${propertyKey(op.operationId)}: ${op.handlerName},`);
  lines.push('};', '');
  return lines.join('\n');
}

export function renderScaffold(api: string, op: Pick<OperationInfo, 'operationId' | 'handlerName'>, coreImportDir: string): string {
  return [
    `import { notImplemented } from '${coreImportDir}/not-implemented.js';`,
    '',
    `/** Scaffolded by \`npm run generate\`: answers 501 in the ${api} error format until implemented. */`,
    `export const ${op.handlerName} = notImplemented(${JSON.stringify(op.operationId)});`,
    '',
  ].join('\n');
}
