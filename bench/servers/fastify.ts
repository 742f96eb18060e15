import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError } from 'fastify';

// fastify 5 with JSON schemas for params, body and responses (so responses go through fast-json-stringify),
// the API key checked in an onRequest hook (before the body is parsed, like the framework's security step).
//
// Made to reject what the framework rejects: fastify's default ajv options are
// { coerceTypes: 'array', useDefaults: true, removeAdditional: true, allErrors: false }. coerceTypes would
// turn a body's "5" into 5 (and 123 into "123"), and removeAdditional would silently strip unknown body
// properties where `additionalProperties: false` makes the framework answer 400. Both are switched off here;
// ajv-formats (uuid) stays on as fastify ships it. Path parameters need no coercion (the id is a string).
const API_KEY = 'bench-key';

const Item = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'price', 'tags'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    price: { type: 'number' },
    tags: { type: 'array', items: { type: 'string' } },
  },
} as const;
const ErrorBody = { type: 'object', required: ['error'], properties: { error: { type: 'string' } } } as const;
const NewItem = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'price'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    price: { type: 'number', minimum: 0 },
    tags: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 30 } },
  },
} as const;

const app = Fastify({
  logger: false,
  bodyLimit: 1024 * 1024,
  ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
});

// Like the framework, only JSON bodies are accepted: other media types get 415 instead of reaching the schema.
app.removeContentTypeParser('text/plain');

app.addHook('onRequest', async (req, reply) => {
  if (req.headers['x-api-key'] !== API_KEY) return reply.code(401).send({ error: 'Missing or invalid X-Api-Key' });
});

app.setErrorHandler((err: FastifyError, _req, reply) => {
  if (err.validation) return reply.code(400).send({ error: 'Request is invalid' });
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
  reply.code(status).send({ error: status === 500 ? 'Internal error' : err.message });
});
app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'Not found' }));

app.get<{ Params: { id: string } }>(
  '/items/:id',
  {
    schema: {
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
      response: { 200: Item, 400: ErrorBody, 401: ErrorBody },
    },
  },
  async (req) => ({ id: req.params.id, name: 'bench item', price: 9.5, tags: ['a', 'b'] }),
);

app.post<{ Body: { name: string; price: number; tags?: string[] } }>(
  '/items',
  { schema: { body: NewItem, response: { 201: Item, 400: ErrorBody, 401: ErrorBody } } },
  async (req, reply) => {
    reply.code(201);
    return { id: randomUUID(), name: req.body.name, price: req.body.price, tags: req.body.tags ?? [] };
  },
);

await app.listen({ port: Number(process.env.PORT ?? 8787), host: '127.0.0.1' });
console.log('ready');
