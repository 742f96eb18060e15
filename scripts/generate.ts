import { mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { bundleSpec } from './generate/bundle-spec.js';
import { CAMEL_CASE, listOperations } from './generate/operations.js';
import { checkFrameworkStatuses } from './generate/framework-statuses.js';
import { checkSchemas } from './generate/schema-check.js';
import { upgradeOpenApi30 } from '../src/core/openapi30.js';
import { renderTypes } from './generate/types.js';
import { renderServerStub, renderHandlerIndex, renderScaffold } from './generate/server-stub.js';
import { renderOrvalClients } from './generate/orval-clients.js';
import { generateAsyncApi } from './generate/asyncapi-messages.js';
import { renderStreamClients } from './generate/stream-clients.js';
import { toOpenApi31, toOpenApi32 } from './generate/openapi32.js';
import { listApis, repoRoot, generatedDir, type ApiSource } from './generate/paths.js';

const check = process.argv.includes('--check');
/**
 * `--spec <file> --out <dir>`: any OpenAPI 3.0, 3.1 or 3.2 document (a third party's), generated into <dir>/generated
 * with scaffolded handlers in <dir>/handlers, ready to boot (scripts/third-party/serve.ts). The framework-status
 * check only warns there, and an operationId that is not camelCase (`repos/get`) is given a handler name
 * (operations.ts, handlerNames): a spec we do not own is served as it is.
 */
const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const externalSpec = argValue('--spec');
const externalOut = argValue('--out');
/**
 * Each API's output is built in a sibling folder at the same depth (so relative imports come out identical), then
 * compared (`--check`) or copied over the committed folder file by file. A generation that fails part-way, or
 * is still running, never leaves an API's generated folder missing or half-written for a server, a test or a
 * commit made meanwhile, and a file whose content did not change is not rewritten.
 */
const outDirOf = (source: ApiSource) => join(dirname(source.outDir), `.gen-${check ? 'check' : process.pid}-${basename(source.outDir)}`);

const importPath = (from: string, to: string) => relative(from, to).split(sep).join('/');

async function generateApi(source: ApiSource): Promise<string[]> {
  const staging = outDirOf(source);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const problems = await generateInto(source, staging);
    if (check) problems.push(...compareTree(source));
    else syncTree(staging, source.outDir);
    return problems;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function generateInto(source: ApiSource, outDir: string): Promise<string[]> {
  const { slug: api, specFile, handlersDir } = source;
  const doc = await bundleSpec(api, specFile);
  const operations = listOperations(doc);
  const ids = operations.map((o) => o.operationId);
  const bad = ids.filter((id, i) => !id || (!externalSpec && !CAMEL_CASE.test(id)) || ids.indexOf(id) !== i);
  if (bad.length > 0) throw new Error(`${api}: operationIds must be unique${externalSpec ? '' : ' camelCase'}: ${bad.join(', ')}`);
  const undeclared = checkFrameworkStatuses(api, doc);
  if (undeclared.length > 0 && externalSpec) console.warn(`${api}: ${undeclared.length} statuses the framework answers are not in this spec; they are sent anyway (first: ${undeclared[0]})`);
  else if (undeclared.length > 0) throw new Error(`${api}: the spec must declare what the framework answers:\n  ${undeclared.join('\n  ')}`);
  // A 3.0 document's schemas are read as the runtime reads them, upgraded to 2020-12.
  const invalid = checkSchemas(api, upgradeOpenApi30(doc) as typeof doc);
  if (invalid.length > 0 && externalSpec) console.warn(`${api}: ${invalid.length} schemas are not valid JSON Schema; ajv may refuse them when first used (first: ${invalid[0]})`);
  else if (invalid.length > 0) throw new Error(`${api}: every schema must be JSON Schema 2020-12:\n  ${invalid.join('\n  ')}`);

  writeFileSync(join(outDir, 'openapi.json'), JSON.stringify(doc, null, 2) + '\n');
  // openapi-typescript and orval do not read 3.2: they get the 3.1 copy, written beside the bundle for them.
  const is32 = doc.openapi.startsWith('3.2');
  const legacy = is32 ? toOpenApi31(doc) : doc;
  const specPath = join(outDir, is32 ? 'openapi-3.1.json' : 'openapi.json');
  if (is32) writeFileSync(specPath, JSON.stringify(legacy, null, 2) + '\n');
  writeFileSync(join(outDir, 'types.ts'), await renderTypes(legacy));
  const coreDir = importPath(source.outDir, join(repoRoot, 'src', 'core'));
  const services = source.servicesFile ? importPath(source.outDir, source.servicesFile).replace(/\.ts$/, '.js') : undefined;
  writeFileSync(join(outDir, 'server.ts'), renderServerStub(doc, operations, { coreDir, services }));
  writeFileSync(join(outDir, 'handlers.ts'), renderHandlerIndex(importPath(source.outDir, handlersDir), operations));
  await renderOrvalClients(api, specPath, outDir, importPath(source.outDir, join(repoRoot, 'src', 'client')));
  // Typed event streams: a client and React hook per stream with an item schema, and the 3.2 form of a 3.1 bundle.
  const streams = await renderStreamClients(doc, operations, importPath(source.outDir, join(repoRoot, 'src', 'client')), api);
  if (streams) {
    writeFileSync(join(outDir, 'streams.ts'), streams);
    if (!is32) writeFileSync(join(outDir, 'openapi-3.2.json'), JSON.stringify(toOpenApi32(doc), null, 2) + '\n');
  }
  await generateAsyncApi(specFile, outDir);

  const problems: string[] = [];
  mkdirSync(handlersDir, { recursive: true });
  for (const op of operations) {
    const file = join(handlersDir, `${op.handlerName}.ts`);
    if (existsSync(file)) continue;
    if (check) problems.push(`${relative(repoRoot, file)} is missing`);
    else writeFileSync(file, renderScaffold(api, op, importPath(handlersDir, join(repoRoot, 'src', 'core'))));
  }
  return problems;
}

function compareTree(source: ApiSource): string[] {
  const problems: string[] = [];
  const fresh = outDirOf(source);
  const committed = source.outDir;
  const name = (file: string) => relative(repoRoot, join(committed, file));
  const files = new Set([...readdirSync(fresh), ...(existsSync(committed) ? readdirSync(committed) : [])]);
  for (const file of files) {
    const a = join(fresh, file);
    const b = join(committed, file);
    if (!existsSync(a)) problems.push(`${name(file)} has no spec behind it`);
    else if (!existsSync(b)) problems.push(`${name(file)} is missing`);
    else if (readFileSync(a, 'utf8') !== readFileSync(b, 'utf8')) problems.push(`${name(file)} is stale`);
  }
  return problems;
}

/** Makes `target` hold what `fresh` holds: changed files written, new ones added, ones no longer generated removed. */
function syncTree(fresh: string, target: string): void {
  mkdirSync(target, { recursive: true });
  const made = new Set(readdirSync(fresh));
  for (const file of readdirSync(target)) if (!made.has(file)) rmSync(join(target, file), { recursive: true, force: true });
  for (const file of made) {
    const text = readFileSync(join(fresh, file));
    const path = join(target, file);
    if (!existsSync(path) || !text.equals(readFileSync(path))) writeFileSync(path, text);
  }
}

function orphans(apis: ApiSource[]): string[] {
  const known = new Set(apis.map((a) => a.outDir));
  return readdirSync(generatedDir)
    .filter((d) => !d.startsWith('.gen-') && !known.has(join(generatedDir, d)))
    .map((d) => `generated/${d} has no spec behind it`);
}

async function main() {
  const started = Date.now();
  if (externalSpec && !externalOut) throw new Error('--spec needs --out <dir>');
  const apis: ApiSource[] = externalSpec
    ? [{ slug: basename(externalSpec).replace(/\.(ya?ml|json)$/, '').replace(/[^A-Za-z0-9-]/g, '-'), specFile: resolve(externalSpec), outDir: resolve(externalOut!, 'generated'), handlersDir: resolve(externalOut!, 'handlers') }]
    : listApis();
  const results = await Promise.allSettled(apis.map(generateApi));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (failures.length > 0) throw new Error(failures.join('\n'));
  const problems = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  if (check && !externalSpec) problems.push(...orphans(apis));
  if (problems.length > 0) {
    console.error(`generate --check failed; run \`npm run generate\`:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${check ? 'checked' : 'generated'} ${apis.map((a) => a.slug).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
