import { setFlagsFromString } from 'node:v8';

/**
 * V8 recompiles a WebAssembly function with TurboFan once it has run about this many bytes of code (Node 20's
 * default 1.8M, Node 24's 13M). Opening a database runs thousands of Postgres functions just long enough to cross
 * that, so the optimising compiler worked through most of a start for code that never runs again: on one core,
 * process start to first answer on an existing data directory took 2.9 s, 1.3 s with a budget of 600M. A higher one
 * still helps: 2,000M (near the flag's int32 ceiling) took 1,032 ms against 1,091, alternating 9 starts each, every
 * pair lower. A steady query load is no slower for it: mixed inserts, indexed selects and updates on PGlite ran at
 * the same queries per second under both budgets (4 rounds of 1,200 queries, twice each).
 */
const WASM_TIERING_BUDGET = 2_000_000_000;

/**
 * The flag is read when a function is first compiled, which PGlite does lazily after create. The bundled server's
 * loader sets it too, before it compiles anything: V8 accepts a code cache only under the flags it was made with.
 */
export function raiseWasmTieringBudget(): void {
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
}
