import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';
import { Passwords } from '../../src/services/orchestrator/passwords.js';
import { createUser } from '../../src/services/orchestrator/users.js';
import { migrationDirsOf } from '../../src/apis/index.js';

// Creates load-0@load.local .. load-<n-1>@load.local (password "load-password-123", tier pro) for
// scripts/load/load.ts, on the server's database (stop an embedded server first). Usage:
//   npx tsx scripts/load/seed-orchestrator-users.ts 200
const count = Number(process.argv[2] ?? 100);
const config = loadConfig();
const db = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  migrationDirs: migrationDirsOf(),
});
try {
  const passwords = new Passwords();
  for (let i = 0; i < count; i++) {
    const email = `load-${i}@load.local`;
    if (await db.knex('orch_users').where({ email }).first().catch(() => undefined)) continue;
    await createUser(db.knex, passwords, { email, password: 'load-password-123', tier: 'pro' }).catch((err: Error) => {
      if (!/exists|duplicate|unique/i.test(err.message)) throw err;
    });
  }
  console.log(`${count} users ready`);
} finally {
  await db.close();
}
