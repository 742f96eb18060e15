import { migrationDirsOf } from '../src/apis/index.js';
import { openDatabase } from '../src/db/database.js';

// Initialises an embedded database in DATA_DIR (initdb and every API's migrations) and closes it, as a first
// `npm start` would: the start-up row on an existing directory then times a start with nothing left to migrate.
const db = await openDatabase({ dataDir: process.env.DATA_DIR ?? '.data', migrationDirs: migrationDirsOf() });
await db.close();
