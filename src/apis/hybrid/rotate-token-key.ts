/**
 * `npm run hybrid:rotate-token-key`: re-encrypts every stored provider token under TOKEN_ENCRYPTION_KEY.
 * Rotation: set TOKEN_ENCRYPTION_KEY to the new key and list the old one in TOKEN_ENCRYPTION_PREVIOUS_KEYS
 * (servers then read old rows and write new ones), run this once, then drop the old key. On the embedded
 * database, stop the server first: its directory is locked to one process.
 */
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { TokenCipher } from '../../services/hybrid/token-cipher.js';
import { TokenStore } from '../../services/hybrid/token-store.js';
import { migrationDirsOf } from '../index.js';
import { tokenKeySettings } from './config.js';

const config = loadConfig();
const keys = tokenKeySettings(config);
const db = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  migrationDirs: migrationDirsOf(),
});
try {
  const cipher = new TokenCipher(keys.current, keys.previous);
  const { reencrypted, unreadable } = await new TokenStore(db.knex, cipher).reencryptAll();
  console.log(`re-encrypted ${reencrypted} provider token(s) under key ${cipher.currentKeyId}`);
  for (const row of unreadable) console.error(`not re-encrypted (no configured key opens it): user ${row.userId}, provider ${row.providerId}`);
  if (unreadable.length > 0) process.exitCode = 1;
} finally {
  await db.close();
}
