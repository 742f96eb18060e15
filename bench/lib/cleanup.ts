// Stops every server and drops every database still recorded, at the end of the run or on SIGINT/SIGTERM.
import { children, databases, log, persistBookkeeping } from './bookkeeping.js';
import { dropDatabase } from './databases.js';
import { stopProcess } from './processes.js';

let cleaningUp = false;
export async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  for (const child of [...children.values()]) await stopProcess(child);
  for (const db of [...databases]) dropDatabase(db);
  persistBookkeeping();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping servers and dropping databases`);
    void cleanup().finally(() => process.exit(130));
  });
}
