import { openDatabase } from '../src/db/database.js';

// Initialises an embedded database in DATA_DIR (initdb and migrations) and closes it, as a first `npm start` would.
const db = await openDatabase({ dataDir: process.env.DATA_DIR ?? '.data' });
await db.close();
