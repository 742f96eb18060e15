import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import supertest from 'supertest';
import { bundleSpec } from '../../scripts/generate/bundle-spec.js';
import { repoRoot } from '../../scripts/generate/paths.js';
import { bootGenerated, bootSpecFile } from '../../scripts/third-party/serve.js';
import { createApiHost } from '../../src/core/api-host.js';
import type { SseStream } from '../../src/core/handler-types.js';
import { createLogger } from '../../src/core/logger.js';
import { PROBLEM_JSON, renderProblem } from '../../src/core/problem-json.js';
import { loadSpecDocument } from '../../src/core/spec-loader.js';

const FIXTURE = 'test/fixtures/openapi-3.2/notes.yaml';
const scratch = mkdtempSync(join(tmpdir(), 'openapi-32-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
type Agent = ReturnType<typeof supertest>;
/** supertest sends every method node's parser knows (QUERY included); its types name `query` as the query-string setter. */
const QUERY = (http: Agent, path: string) => (http as unknown as Record<'query', (path: string) => supertest.Test>).query(path);

describe('an OpenAPI 3.2 document (QUERY, additionalOperations, itemSchema) end to end', () => {
  test('Redocly lints it with no errors', () => {
    const run = node([join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', FIXTURE]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  const out = join(scratch, 'notes');
  const gen = node(['--import', 'tsx', 'scripts/generate.ts', '--spec', FIXTURE, '--out', out]);

  test('npm run generate: the 3.2 bundle, its 3.1 copy for the generators without 3.2, and code for every operation', () => {
    assert.equal(gen.status, 0, gen.stderr);
    const bundle = json(join(out, 'generated/openapi.json'));
    assert.equal(bundle.openapi, '3.2.0');
    assert.equal(bundle.paths['/notes'].query.operationId, 'searchNotes');
    const legacy = json(join(out, 'generated/openapi-3.1.json'));
    assert.equal(legacy.openapi, '3.1.0');
    assert.equal(legacy.paths['/notes'].query, undefined);
    assert.deepEqual(legacy.components.pathItems.searchNotes['x-method'], 'QUERY');
    assert.deepEqual(legacy.components.pathItems.purgeNote['x-method'], 'PURGE');
    assert.deepEqual(legacy.paths['/notes/{noteId}/events'].get.responses['200'].content['text/event-stream']['x-item-schema'], { $ref: '#/components/schemas/NoteEvent' });
    assert.deepEqual(readdirSync(join(out, 'handlers')).sort(), ['purgeNote.ts', 'searchNotes.ts', 'streamNoteEvents.ts']);
    const types = readFileSync(join(out, 'generated/types.ts'), 'utf8');
    assert.match(types, /^ {4}searchNotes: \{/m, 'openapi-typescript types the QUERY operation');
    const server = readFileSync(join(out, 'generated/server.ts'), 'utf8');
    assert.match(server, /export type SearchNotesRequest/);
    const streams = readFileSync(join(out, 'generated/streams.ts'), 'utf8');
    assert.match(streams, /export function streamNoteEvents\(/);
    assert.match(streams, /export function useStreamNoteEvents\(/);
  });

  test('the generated scaffolds boot: QUERY and PURGE are routed (501, problem+json); GET on the QUERY path is a 405', async () => {
    const http = supertest((await bootGenerated(out)).listener);
    const search = await QUERY(http, '/v1/notes').send({ text: 'milk' });
    assert.equal(search.status, 501);
    assert.match(search.headers['content-type'], /^application\/problem\+json/);
    assert.equal(search.body.detail, 'Operation searchNotes is not implemented yet');
    assert.equal((await http.purge('/v1/notes/n1')).status, 501);
    const get = await http.get('/v1/notes');
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, 'QUERY');
  });

  test('a QUERY handler gets its validated body; a body that fails the schema is a 400; a streamed event that fails itemSchema is not sent', async () => {
    const spec = await loadSpecDocument(await bundleSpec('notes', join(repoRoot, FIXTURE)));
    const seen: unknown[] = [];
    const handlers = {
      searchNotes: async (req: { body: { text: string } }) => {
        seen.push(req.body);
        return { status: 200, body: [{ id: 'n1', text: `found ${req.body.text}` }] };
      },
      purgeNote: async (req: { params: { noteId: string } }) => {
        seen.push(req.params.noteId);
        return { status: 204 };
      },
      streamNoteEvents: async () => ({
        status: 200,
        sse: async (stream: SseStream) => {
          stream.send({ event: 'edited', id: '1', data: { text: 'a' } });
          stream.send({ event: 'edited', id: '2', data: { text: 2 } });
          stream.send({ event: 'done', data: {} });
        },
      }),
    };
    const plugin = { slug: 'notes', specFile: FIXTURE, handlers, renderError: renderProblem, errorContentType: PROBLEM_JSON };
    const host = await createApiHost([{ plugin, spec: Promise.resolve(spec) }], { logger: createLogger('silent'), validateResponses: true, bodyLimitBytes: 1024, sseKeepAliveMs: 15_000, prefixed: false });
    const http = supertest(host.listener);
    const found = await QUERY(http, '/v1/notes').send({ text: 'milk', limit: 2 });
    assert.equal(found.status, 200);
    assert.deepEqual(found.body, [{ id: 'n1', text: 'found milk' }]);
    const invalid = await QUERY(http, '/v1/notes').send({ text: 'milk', limit: 99 });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.details.errors[0].path, '/limit');
    assert.equal((await http.purge('/v1/notes/n7')).status, 204);
    assert.deepEqual(seen, [{ text: 'milk', limit: 2 }, 'n7']);
    const events = await http.get('/v1/notes/n1/events');
    assert.match(events.text, /event: edited\ndata: \{"text":"a"\}/);
    assert.doesNotMatch(events.text, /"text":2|event: done/);
    assert.match(events.text, /event: error\n/);
  });

  test('serve-spec straight from the file, mock mode: QUERY answers its example, the stream replays its frames', async () => {
    const http = supertest((await bootSpecFile(FIXTURE, { mock: true })).listener);
    const found = await QUERY(http, '/v1/notes').send({ text: 'milk' });
    assert.equal(found.status, 200);
    assert.deepEqual(found.body, [{ id: 'n1', text: 'buy milk' }]);
    const events = await http.get('/v1/notes/n1/events');
    assert.equal(events.status, 200);
    assert.match(events.text, /id: 1\nevent: edited\ndata: \{"text":"buy milk"\}\n\nevent: done\n/);
    const scaffolds = supertest((await bootSpecFile(FIXTURE)).listener);
    assert.equal((await QUERY(scaffolds, '/v1/notes').send({ text: 'milk' })).status, 501);
  });
});
