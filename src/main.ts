import { runServerProcess } from './server-process.js';

// The server from its TypeScript sources (`tsx src/main.ts`). `npm start` runs the bundle instead: dist/main.cjs,
// built from src/start-bundled.ts.
await runServerProcess();
