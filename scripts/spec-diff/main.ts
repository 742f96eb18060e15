import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { listApis, repoRoot, specsDir } from '../generate/paths.js';
import { diffSpecs, type Change } from './diff.js';

const USAGE = `npm run spec:diff -- --base <git ref> [--api <slug>]

Compares each API's bundled spec (generated/<slug>/openapi.json) with the same file at <ref> and lists its
breaking and non-breaking changes. Exits 1 when a breaking change is not named in specs/<slug>/CHANGELOG.md.`;

const { values } = parseArgs({ options: { base: { type: 'string' }, api: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help || !values.base) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const base = values.base;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

try {
  git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
} catch {
  // A shallow clone or a first commit has no parent to compare with: nothing can be said, so nothing fails.
  console.log(`spec:diff: ${base} is not available in this clone (shallow, or no such commit); nothing compared`);
  process.exit(0);
}

const showAt = (file: string): string | undefined => {
  try {
    return git('show', `${base}:${relative(repoRoot, file)}`);
  } catch {
    return undefined;
  }
};

/** An operation whose handler was a 501 scaffold at the base was never served, so changing it breaks no client. */
const wasScaffold = (handlersDir: string, operationId: string | undefined): boolean =>
  operationId !== undefined && /\bnotImplemented\(/.test(showAt(join(handlersDir, `${operationId}.ts`)) ?? '');

let unnamed = 0;
for (const api of listApis().filter((a) => a.specFile.startsWith(specsDir) && (!values.api || a.slug === values.api))) {
  const file = join(api.outDir, 'openapi.json');
  const before = showAt(file);
  if (!before || !existsSync(file)) {
    console.log(`${api.slug}: ${before ? 'removed' : 'new'} since ${base}; nothing to compare`);
    continue;
  }
  const changes = diffSpecs(JSON.parse(before), JSON.parse(readFileSync(file, 'utf8')));
  const changelogFile = join(specsDir, api.slug, 'CHANGELOG.md');
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  const breaking = changes.filter((c) => c.breaking && !wasScaffold(api.handlersDir, c.operationId));
  const unreleased = changes.filter((c) => c.breaking && !breaking.includes(c));
  const missing = breaking.filter((c) => !changelog.includes(c.id));
  console.log(`${api.slug}: ${changes.length === 0 ? 'no changes' : `${breaking.length} breaking, ${changes.length - breaking.length} non-breaking`} since ${base}`);
  const line = (mark: string, c: Change) => console.log(`  ${mark} ${c.message}\n      id: ${c.id}`);
  for (const c of breaking) line(missing.includes(c) ? 'BREAKING' : 'breaking (named in CHANGELOG.md)', c);
  for (const c of unreleased) line('breaking, but the operation was a 501 scaffold at the base (not gated)', c);
  for (const c of changes.filter((x) => !x.breaking)) line('non-breaking', c);
  if (missing.length > 0) {
    unnamed += missing.length;
    console.log(
      [
        '',
        `  ${relative(repoRoot, changelogFile)} must name each breaking change above to accept it. Add these lines`,
        '  (and a sentence for your users on what to do):',
        '',
        ...missing.map((c) => `  - breaking: ${c.id}`),
        '',
      ].join('\n'),
    );
  }
}
process.exit(unnamed > 0 ? 1 : 0);
