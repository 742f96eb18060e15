// Throw-away Postgres databases (through scripts/test-database.ts) and the JWTs the servers on them accept.
import { execFileSync } from 'node:child_process';
import { SignJWT } from 'jose';
import { databases, log, persistBookkeeping } from './bookkeeping.js';
import { HOST, ROOT, TSX } from './settings.js';

export function createDatabase(): string {
  const url = execFileSync(process.execPath, [...TSX, 'scripts/test-database.ts', 'create'], { cwd: ROOT }).toString().trim().split('\n').pop()!;
  const name = new URL(url).pathname.slice(1);
  if (new URL(url).hostname !== HOST) throw new Error(`unexpected database host in ${url}`);
  databases.add(name);
  persistBookkeeping();
  return url;
}

export function dropDatabase(name: string) {
  try {
    execFileSync(process.execPath, [...TSX, 'scripts/test-database.ts', 'drop', name], { cwd: ROOT, stdio: 'ignore' });
    databases.delete(name);
    persistBookkeeping();
  } catch (err) {
    log(`could not drop database ${name}: ${(err as Error).message}`);
  }
}

export const dbName = (url: string) => new URL(url).pathname.slice(1);

export function signToken(secret: string, subject: string): Promise<string> {
  return new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + 6 * 3600)
    .sign(new TextEncoder().encode(secret));
}
