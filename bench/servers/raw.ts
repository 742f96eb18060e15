import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

// The baseline: node:http with the bench API's two operations validated by hand. Same checks and response
// shapes as the framework: API key first (401), then the uuid path parameter or the JSON body (400).
const API_KEY = 'bench-key';
const BODY_LIMIT = 1024 * 1024;
// ajv-formats' uuid
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** JSON Schema string lengths count code points, not UTF-16 units. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

type NewItem = { name: string; price: number; tags?: string[] };

/** NewItem: {name: string 1..100, price: number >= 0, tags?: string[] (≤ 10, each ≤ 30)}, nothing else. */
function validNewItem(v: unknown): v is NewItem {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  for (const key in o) if (key !== 'name' && key !== 'price' && key !== 'tags') return false;
  const { name, price, tags } = o;
  if (typeof name !== 'string' || name.length === 0 || (name.length > 100 && codePoints(name) > 100)) return false;
  if (typeof price !== 'number' || !(price >= 0)) return false;
  if (tags !== undefined) {
    if (!Array.isArray(tags) || tags.length > 10) return false;
    for (const t of tags) if (typeof t !== 'string' || (t.length > 30 && codePoints(t) > 30)) return false;
  }
  return true;
}

function getItem(res: ServerResponse, id: string): void {
  if (!UUID.test(id)) return send(res, 400, { error: 'id must be a uuid' });
  send(res, 200, { id, name: 'bench item', price: 9.5, tags: ['a', 'b'] });
}

function createItem(req: IncomingMessage, res: ServerResponse): void {
  const type = req.headers['content-type'];
  if (!type || !/^application\/json\s*(;|$)/i.test(type)) {
    req.resume();
    return send(res, 415, { error: 'Content-Type must be application/json' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > BODY_LIMIT) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (tooLarge) return send(res, 413, { error: 'Request body is too large' });
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
    } catch {
      return send(res, 400, { error: 'Request body is not valid JSON' });
    }
    if (!validNewItem(body)) return send(res, 400, { error: 'Request body is invalid' });
    send(res, 201, { id: randomUUID(), name: body.name, price: body.price, tags: body.tags ?? [] });
  });
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const isItem = path.startsWith('/items/') && path.indexOf('/', 7) === -1 && path.length > 7;
  // Anything answered before the body is read drains it, so the connection stays usable.
  if (path !== '/items' && !isItem) return void (req.resume(), send(res, 404, { error: 'Not found' }));
  const method = req.method;
  if ((isItem && method !== 'GET') || (!isItem && method !== 'POST')) {
    res.setHeader('Allow', isItem ? 'GET' : 'POST');
    req.resume();
    return send(res, 405, { error: 'Method not allowed' });
  }
  if (req.headers['x-api-key'] !== API_KEY) return void (req.resume(), send(res, 401, { error: 'Missing or invalid X-Api-Key' }));
  if (isItem) {
    let id = path.slice(7);
    try {
      id = decodeURIComponent(id);
    } catch {
      return send(res, 400, { error: 'id must be a uuid' });
    }
    return getItem(res, id);
  }
  createItem(req, res);
});
server.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => console.log('ready'));
