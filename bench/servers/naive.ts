import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import { OpenAPIBackend, type Context } from 'openapi-backend';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

// The stack as usually assembled: express 5 + express.json + openapi-backend 5 wired as its README shows,
// loading the bench spec, with ajv-formats (uuid) added through customizeAjv, request validation on
// (validationFail → 400), the API key through a registered security handler (unauthorizedHandler → 401) and one
// handler per operationId. RESPONSE_VALIDATION=on also validates each response (api.validateResponse).
const definitionFile = fileURLToPath(new URL('../spec/openapi.yaml', import.meta.url));
const validateResponses = process.env.RESPONSE_VALIDATION === 'on';

// One departure from the README: openapi-backend's definition check uses an OpenAPI 3.0 schema and refuses the
// 3.1-only `info.license.identifier`, so that one metadata field is dropped before the document is handed over.
const document = parse(readFileSync(definitionFile, 'utf8'));
delete document.info?.license?.identifier;

const api = new OpenAPIBackend({
  definition: document,
  customizeAjv: (ajv) => {
    addFormats(ajv);
    return ajv;
  },
});

function reply(c: Context, res: Response, status: number, body: unknown) {
  if (validateResponses && status < 300) {
    const result = api.validateResponse(body, c.operation, status);
    if (result.errors) return res.status(500).json({ error: 'Response is invalid' });
  }
  return res.status(status).json(body);
}

api.register({
  getItem: (c: Context, _req: Request, res: Response) =>
    reply(c, res, 200, { id: c.request.params.id, name: 'bench item', price: 9.5, tags: ['a', 'b'] }),
  createItem: (c: Context, _req: Request, res: Response) => {
    const body = c.request.requestBody as { name: string; price: number; tags?: string[] };
    return reply(c, res, 201, { id: randomUUID(), name: body.name, price: body.price, tags: body.tags ?? [] });
  },
  validationFail: (_c: Context, _req: Request, res: Response) => res.status(400).json({ error: 'Request is invalid' }),
  unauthorizedHandler: (_c: Context, _req: Request, res: Response) => res.status(401).json({ error: 'Missing or invalid X-Api-Key' }),
  notFound: (_c: Context, _req: Request, res: Response) => res.status(404).json({ error: 'Not found' }),
  methodNotAllowed: (_c: Context, _req: Request, res: Response) => res.status(405).json({ error: 'Method not allowed' }),
});
api.registerSecurityHandler('apiKey', (c) => c.request.headers['x-api-key'] === 'bench-key');
await api.init();

const app = express();
app.use(express.json());
app.use((req, res) => api.handleRequest(req as never, req, res));
// express.json's parse errors (malformed JSON) → 400 in the same shape.
app.use((err: { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
  res.status(status).json({ error: status === 400 ? 'Request body is not valid JSON' : 'Request failed' });
});
app.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => console.log('ready'));
