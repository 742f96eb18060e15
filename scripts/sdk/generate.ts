import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listApis, repoRoot, specsDir } from '../generate/paths.js';

// `npm run generate:sdk`: a TypeScript (typescript-fetch) and a Java (java, native HTTP client) SDK per API, into
// sdk/<lang>/<api>/, with openapi-generator driven by its npm wrapper from openapitools.json. The wrapper's own
// download cannot reach its server here, so the pinned JAR comes through Maven into the wrapper's storageDir.

const configFile = join(repoRoot, 'openapitools.json');
const config = JSON.parse(readFileSync(configFile, 'utf8'))['generator-cli'];
const version: string = config.version;
const storageDir = join(repoRoot, config.storageDir);
const generators: Record<string, { inputSpec: string; output: string }> = config.generators;
const sdkDir = join(repoRoot, 'sdk');
// `npm run generate:sdk -- typescript` (or java) generates one language only.
const languages = process.argv.length > 2 ? process.argv.slice(2) : ['typescript', 'java'];

function fail(message: string): never {
  console.error(`generate:sdk: ${message}`);
  process.exit(1);
}

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const missing = [runs('java', ['-version']) ? '' : 'Java (java)', runs('mvn', ['-v']) ? '' : 'Maven (mvn)'].filter(Boolean);
if (missing.length > 0) fail(`needs ${missing.join(' and ')} on PATH; nothing else in the project depends on them`);

const apis = listApis().filter((api) => api.specFile.startsWith(specsDir)).map((api) => api.slug);
const unconfigured = apis.flatMap((slug) => languages.map((lang) => `${lang}-${slug}`)).filter((key) => !generators[key]);
if (unconfigured.length > 0) fail(`openapitools.json has no generator ${unconfigured.join(', ')}`);

const jar = join(storageDir, `${version}.jar`);
if (!existsSync(jar)) {
  console.log(`fetching openapi-generator-cli ${version} through Maven into ${relative(repoRoot, storageDir)}/`);
  const fetched = spawnSync(
    'mvn',
    ['-q', 'dependency:copy', `-Dartifact=org.openapitools:openapi-generator-cli:${version}:jar`, `-DoutputDirectory=${storageDir}`, '-Dmdep.stripVersion=true'],
    { stdio: 'inherit' },
  );
  if (fetched.status !== 0) fail(`Maven could not fetch org.openapitools:openapi-generator-cli:${version}`);
  renameSync(join(storageDir, 'openapi-generator-cli.jar'), jar);
}

const JSON_TYPES = ['object', 'array', 'string', 'number', 'boolean'];

/**
 * Two shapes the generators turn into classes that cannot hold the values, rewritten to the plain schema that
 * means the same. Any JSON value written as every type (`type: [object, array, string, number, boolean, 'null']`)
 * becomes a schema without `type`: Java's generated wrapper fails to read anything but an object, where `Object`
 * reads all. A string that may take one of several formats (`type: string, anyOf: [{format: date}, {format: date-time}]`)
 * becomes a plain string: both languages turn that `anyOf` into an empty model class, which cannot be sent as a
 * query value. The server still checks what the spec says.
 */
function simplifyForGenerators(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(simplifyForGenerators);
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (Array.isArray(schema.type) && JSON_TYPES.every((t) => (schema.type as string[]).includes(t))) {
    delete schema.type;
    delete schema.items;
    delete schema.additionalProperties;
  }
  const branches = schema.anyOf;
  if (schema.type === 'string' && Array.isArray(branches) && branches.every((b) => Object.keys(b).every((k) => k === 'format'))) delete schema.anyOf;
  Object.values(schema).forEach(simplifyForGenerators);
}

type Schema = Record<string, any>;

/**
 * A `oneOf` of objects with no property naming the branch (Hybrid's `ModelResult`: `ModelResponse` or
 * `ModelError`) becomes one object holding every branch's properties, none required. Java's generated `oneOf`
 * reads a value with each branch and needs exactly one to succeed, but Jackson reads any object as any branch
 * (it checks neither required nor extra properties), so every such value failed; TypeScript picked the first
 * branch whose required fields were present. A discriminator would change the wire format.
 */
function mergeUndiscriminatedOneOfs(spec: Schema): void {
  const schemas: Record<string, Schema> = spec.components?.schemas ?? {};
  const target = (branch: Schema) => (typeof branch.$ref === 'string' ? schemas[branch.$ref.replace('#/components/schemas/', '')] : branch);
  for (const [name, schema] of Object.entries(schemas)) {
    if (!Array.isArray(schema.oneOf) || schema.discriminator) continue;
    const branches = schema.oneOf.map(target);
    if (!branches.every((b: Schema | undefined) => b?.type === 'object' && b.properties)) continue;
    schemas[name] = {
      type: 'object',
      description: schema.description,
      properties: Object.assign({}, ...[...branches].reverse().map((b: Schema) => b.properties)),
    };
  }
}

// The generators' input: each bundled spec without its `webhooks`. Those are requests the server sends, not
// operations a client calls; the generators would turn each into a method POSTing to the webhook's name.
// Their payload schemas stay in components, so the SDKs still have the models.
for (const lang of languages) rmSync(join(sdkDir, lang), { recursive: true, force: true });
mkdirSync(join(sdkDir, '.spec'), { recursive: true });
for (const slug of apis) {
  const spec = JSON.parse(readFileSync(join(repoRoot, 'generated', slug, 'openapi.json'), 'utf8'));
  delete spec.webhooks;
  delete spec['x-generated'];
  simplifyForGenerators(spec);
  mergeUndiscriminatedOneOfs(spec);
  writeFileSync(join(sdkDir, '.spec', `${slug}.json`), `${JSON.stringify(spec, null, 2)}\n`);
}

const keys = apis.flatMap((slug) => languages.map((lang) => `${lang}-${slug}`));
// The wrapper echoes every generator's whole log; it is shown only when something fails.
const generated = spawnSync(join(repoRoot, 'node_modules', '.bin', 'openapi-generator-cli'), ['generate', '--generator-key', ...keys], {
  cwd: repoRoot,
  env: { ...process.env, PWD: repoRoot, JAVA_OPTS: process.env.JAVA_OPTS ?? '-Dlog.level=warn' },
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (generated.status !== 0) {
  process.stdout.write(generated.stdout ?? '');
  process.stderr.write(generated.stderr ?? '');
  fail('openapi-generator failed (its output is above)');
}
for (const key of keys) {
  const out = generators[key].output.replace('#{cwd}', repoRoot);
  if (!existsSync(out)) fail(`${key} wrote nothing to ${relative(repoRoot, out)}`);
}
console.log(`SDKs for ${apis.join(', ')} in ${languages.map((lang) => `sdk/${lang}/`).join(' and ')}`);
