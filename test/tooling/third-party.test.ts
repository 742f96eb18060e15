import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import supertest from 'supertest';
import { bootGenerated } from '../../scripts/third-party/serve.js';
import { repoRoot } from '../../scripts/generate/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'third-party-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function generate(version: string): string {
  const out = join(scratch, version);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--spec', `test/fixtures/petstore/petstore-${version}.yaml`, '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return out;
}

describe('operationIds that are not camelCase (GitHub writes `repos/get`) get handler names', () => {
  const out = generate('slashed-ids');

  test('scaffolds and handlers are named by the mapping, keyed by the spec’s operationId; the generated code type-checks; every operation answers 501', async () => {
    assert.deepEqual(readdirSync(join(out, 'handlers')).sort(), ['deleteOperation.ts', 'petsGetById.ts', 'petsList.ts', 'petsList2.ts']);
    const index = readFileSync(join(out, 'generated/handlers.ts'), 'utf8');
    assert.match(index, /'pets\/list': petsList2,/);
    assert.match(index, /^ {2}petsList,$/m);
    assert.match(index, /'pets\/get-by-id': petsGetById,/);
    assert.match(index, /^ {2}delete: deleteOperation,$/m);
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--types', 'node', join(out, 'generated/handlers.ts')], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout);
    const http = supertest((await bootGenerated(out)).listener);
    for (const [method, path, id] of [['get', '/v1/pets', 'pets/list'], ['post', '/v1/pets', 'petsList'], ['get', '/v1/pets/1', 'pets/get-by-id'], ['delete', '/v1/pets/1', 'delete']] as const) {
      const res = await http[method](path);
      assert.equal(res.status, 501, `${method} ${path}`);
      assert.equal(res.body.detail, `Operation ${id} is not implemented yet`);
    }
  });
});

for (const version of ['3.0', '3.1']) {
  describe(`Petstore ${version}: npm run generate -- --spec into a scratch dir, then boot`, () => {
    const out = generate(version);

    test('every operation has a scaffold and answers 501 in problem+json', async () => {
      assert.deepEqual(readdirSync(join(out, 'handlers')).sort(), ['createPets.ts', 'deletePet.ts', 'listPets.ts', 'showPetById.ts']);
      const http = supertest((await bootGenerated(out)).listener);
      for (const [method, path] of [['get', '/v1/pets'], ['post', '/v1/pets'], ['get', '/v1/pets/1'], ['delete', '/v1/pets/1']] as const) {
        const res = await http[method](path);
        assert.equal(res.status, 501, `${method} ${path}`);
        assert.match(res.headers['content-type'], /^application\/problem\+json/);
        assert.equal(res.body.status, 501);
        assert.equal(res.body.title, 'Not Implemented');
        assert.equal(res.body.type, 'about:blank');
      }
      const unknown = await http.get('/v1/owners');
      assert.equal(unknown.status, 404);
      assert.match(unknown.headers['content-type'], /^application\/problem\+json/);
    });

    test('mock mode: answers from examples, nullable fields and exclusive bounds read in the spec’s own version', async () => {
      const http = supertest((await bootGenerated(out, { mock: true })).listener);
      const list = await http.get('/v1/pets?limit=1');
      assert.equal(list.status, 200, JSON.stringify(list.body));
      assert.deepEqual(list.body, [{ id: 1, name: 'Tom', tag: null }]);
      const zero = await http.get('/v1/pets?limit=0');
      assert.equal(zero.status, 400, 'limit must be above 0 (exclusiveMinimum)');
      assert.match(zero.headers['content-type'], /^application\/problem\+json/);
      const nullTag = await http.post('/v1/pets').send({ name: 'Rex', tag: null });
      assert.equal(nullTag.status, 201);
      const badTag = await http.post('/v1/pets').send({ name: 'Rex', tag: 5 });
      assert.equal(badTag.status, 400);
      assert.equal((await http.delete('/v1/pets/1')).status, 401, 'the api_key header is required');
      assert.equal((await http.delete('/v1/pets/1').set('api_key', 'k')).status, 204);
    });
  });
}
