import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { allPlugins } from '../../src/apis/index.js';
import { loadConfig } from '../../src/config.js';
import { createAjv } from '../../src/core/ajv.js';
import { isNotImplemented } from '../../src/core/not-implemented.js';
import { declaredResponse, loadSpec, type LoadedSpec, type OperationDef } from '../../src/core/spec-loader.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';

// What a new user tries first: values the framework must refuse itself, before any handler runs. Every
// implemented operation of every API (from the specs) must answer each with a 4xx it documents, in its API's
// error format; never a 500, never a status the spec does not list.
const plugins = allPlugins({ config: loadConfig({}), jwt: () => assert.fail('no auth here') });
const specs = new Map<string, LoadedSpec>();
for (const plugin of plugins) specs.set(plugin.slug, await loadSpec(plugin.specFile));

const ajv = createAjv(false);
const BODY_LIMIT = 1024 * 1024;
/** U+2603, a space, `!`, `#` and `%`: fails any slug, uuid or number pattern. */
const NOT_A_SLUG = '%E2%98%83%20!%23%25';

type Probe = { name: string; expected: number; path: string; send?: { type: string; body: string | Buffer } };

function pathWith(op: OperationDef, override?: { name: string; raw: string }): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (override?.name === name) return override.raw;
    const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema as Record<string, unknown> | undefined;
    if (schema?.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
    if (schema?.type === 'integer' || schema?.type === 'number') return '1';
    return 'sample';
  });
}

/** A path parameter's schema refuses the decoded value (so the probe is meaningful for that parameter). */
function refuses(op: OperationDef, name: string, decoded: string): boolean {
  const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema;
  return schema !== undefined && !ajv.validate(schema as object, decoded);
}

function probesFor(op: OperationDef): Probe[] {
  const probes: Probe[] = [];
  const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const body = op.requestBody ? { type: 'application/json', body: '{}' } : undefined;
  for (const name of pathParams) {
    if (refuses(op, name, decodeURIComponent(NOT_A_SLUG))) {
      probes.push({ name: `${name} failing its pattern`, expected: 400, path: pathWith(op, { name, raw: NOT_A_SLUG }), send: body });
    }
    probes.push({ name: `a NUL byte in ${name}`, expected: 400, path: pathWith(op, { name, raw: 'a%00b' }), send: body });
    probes.push({ name: `malformed percent-encoding in ${name}`, expected: 400, path: pathWith(op, { name, raw: 'a%ZZb' }), send: body });
  }
  if (op.requestBody) {
    const path = pathWith(op);
    probes.push({ name: 'a text/plain body', expected: 415, path, send: { type: 'text/plain', body: 'hello' } });
    probes.push({ name: 'a form body', expected: 415, path, send: { type: 'application/x-www-form-urlencoded', body: 'a=1' } });
    probes.push({ name: 'malformed JSON', expected: 400, path, send: { type: 'application/json', body: '{"a": ' } });
    probes.push({ name: 'a body over the limit', expected: 413, path, send: { type: 'application/json', body: Buffer.alloc(BODY_LIMIT + 1, 0x20) } });
  }
  return probes;
}

/**
 * Operations whose every security alternative is a bearer JWT scheme get a valid token, so the probe reaches
 * validation. A bearer scheme of another format (a macaroon) is not a JWT: its operations may stop at 401.
 */
function takesBearer(op: OperationDef, spec: LoadedSpec): boolean {
  const isJwt = (name: string) => {
    const scheme = spec.securitySchemes[name];
    return scheme?.scheme === 'bearer' && (scheme.bearerFormat === undefined || scheme.bearerFormat === 'JWT');
  };
  return op.security.length > 0 && op.security.every((r) => Object.keys(r).every(isJwt));
}

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

for (const plugin of plugins) {
  const spec = specs.get(plugin.slug)!;
  const implemented = spec.operations.filter((op) => !isNotImplemented(plugin.handlers[op.operationId]));
  describe(`${plugin.slug}: what the framework refuses is documented (${implemented.length} implemented operations)`, () => {
    for (const op of implemented) {
      for (const probe of probesFor(op)) {
        test(`${op.operationId}: ${probe.name} → ${probe.expected}`, async () => {
          const url = `/${plugin.slug}${spec.basePath}${probe.path}`;
          let req = server.http[op.method.toLowerCase() as 'get'](url);
          if (takesBearer(op, spec)) req = req.set(await server.auth(uniqueUser()));
          if (probe.send) req = req.set('Content-Type', probe.send.type).send(probe.send.body);
          const res = await req;
          // Only an operation that needs another scheme (a macaroon, an API key) may stop the probe at its 401.
          const allowed = takesBearer(op, spec) || op.security.length === 0 ? [probe.expected] : [probe.expected, 401];
          assert.ok(allowed.includes(res.status), `${op.method} ${url}: ${res.status} ${res.text}`);
          const declared = declaredResponse(op, res.status);
          assert.ok(declared, `${op.operationId} does not document ${res.status}`);
          const schema = declared.content?.['application/json']?.schema;
          assert.ok(schema, `${op.operationId} ${res.status} has no JSON schema`);
          assert.ok(ajv.validate(schema as object, res.body), `${op.operationId} ${res.status}: ${res.text} is not its error format: ${ajv.errorsText(ajv.errors)}`);
          assert.match(res.headers['x-request-id'], /.+/);
          assert.equal(res.headers['x-ratelimit-limit'] !== undefined, (op.rateLimits ?? []).length > 0, 'X-RateLimit-* exactly where a limit is declared');
        });
      }
    }
  });
}

describe('the reported cases', () => {
  test('GET a partner balance with a name failing the pattern is a 400, not a 500', async () => {
    const res = await server.http.get(`/lenserfight/v1/partners/${NOT_A_SLUG}/balance`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
    assert.deepEqual(res.body.error.details.errors.map((e: { path: string }) => e.path), ['/partnerName']);
  });

  test('executeLens reports its per-user limit on success', async () => {
    const res = await server.http.post(`/lenserfight/v1/lenses/${server.demo.lensId}/execute`).set(await server.auth(uniqueUser())).send({ params: { topic: 't' } });
    assert.equal(res.status, 202);
    assert.equal(res.headers['x-ratelimit-limit'], '60');
    assert.equal(res.headers['x-ratelimit-remaining'], '59');
    assert.ok(Number(res.headers['x-ratelimit-reset']) > 0 && Number(res.headers['x-ratelimit-reset']) <= 60);
  });

  for (const path of ['partners/chainabit/provision', 'partners/chainabit/refresh-token', 'partners/chainabit/send-claim']) {
    test(`POST ${path} with a non-JSON Content-Type is a documented 415`, async () => {
      const res = await server.http.post(`/lenserfight/v1/${path}`).set(await server.auth(uniqueUser())).set('Content-Type', 'text/plain').send('handle=alice');
      assert.equal(res.status, 415);
      assert.equal(res.body.error.code, 'unsupported_media_type');
    });
  }
});
