import type { Server as HttpServer } from 'node:http';
import type { HttpDrain } from './core/http-drain.js';

type Stoppable = { queue?: { pause(): void }; close(options?: { jobGraceMs?: number }): Promise<void> };

/**
 * What SIGTERM does, in `npm start` and in the several-processes tests: no new jobs start; the requests under way
 * finish (see HttpDrain); the jobs under way get what is left of the same grace period, then hand their work back;
 * then the workers and the database stop. Resolves with how many requests were cut off.
 */
export async function stopGracefully(http: HttpServer, drain: HttpDrain, server: Stoppable, graceMs: number): Promise<number> {
  const deadline = Date.now() + graceMs;
  server.queue?.pause();
  const cut = await drain.drain(http, graceMs);
  await server.close({ jobGraceMs: Math.max(0, deadline - Date.now()) });
  return cut;
}
