import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { Passwords } from '../../services/orchestrator/passwords.js';
import { createUser, type Tier } from '../../services/orchestrator/users.js';
import { migrationDirsOf } from '../index.js';

// `npm run orchestrator:user -- create --email a@b.c --password ... [--tier free|pro|enterprise] [--first-name ..] [--last-name ..]`
// The spec has no registration (decision 3): accounts are made here, on the server's own database (DATABASE_URL,
// or the embedded one under DATA_DIR, which only one process may open: stop the server first).
const USAGE = 'usage: npm run orchestrator:user -- create --email <e-mail> --password <password> [--tier free|pro|enterprise] [--first-name <name>] [--last-name <name>]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    tier: { type: 'string', default: 'free' },
    'first-name': { type: 'string' },
    'last-name': { type: 'string' },
  },
});
if (positionals[0] !== 'create' || !values.email || !values.password || !['free', 'pro', 'enterprise'].includes(values.tier!)) {
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfig();
const db = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  migrationDirs: migrationDirsOf(),
});
try {
  const user = await createUser(db.knex, new Passwords(), {
    email: values.email,
    password: values.password,
    tier: values.tier as Tier,
    firstName: values['first-name'],
    lastName: values['last-name'],
  });
  console.log(JSON.stringify(user));
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
