import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listApis, repoRoot, specsDir } from '../generate/paths.js';
import { generatorInput } from './generator-input.js';

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

for (const lang of languages) rmSync(join(sdkDir, lang), { recursive: true, force: true });
mkdirSync(join(sdkDir, '.spec'), { recursive: true });
for (const slug of apis) {
  const spec = generatorInput(JSON.parse(readFileSync(join(repoRoot, 'generated', slug, 'openapi.json'), 'utf8')));
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
