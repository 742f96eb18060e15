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
 * V8 validates a whole WebAssembly module when it compiles it, even though it compiles each function only when it
 * first runs: for PGlite's 9 MB module, most of whose functions a server never calls, that was 88 ms of every
 * start on one core, 55 ms with validation left to each function's first compile (alternating 5 opens of a
 * database each: about 25 ms less). PGlite's module is a published, trusted build; a function that failed
 * validation would fail when first called instead of at start.
 */
const WASM_FLAGS = [`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`, '--wasm-lazy-validation'];

/**
 * The flags are read when a module or function is compiled, which PGlite does at create and lazily after. The
 * bundled server's loader sets them too, before it compiles anything: V8 accepts a code cache only under the flags
 * it was made with.
 */
export function applyWasmFlags(): void {
  for (const flag of WASM_FLAGS) setFlagsFromString(flag);
}
