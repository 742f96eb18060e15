import { setFlagsFromString } from 'node:v8';

/**
 * V8 recompiles a WebAssembly function with TurboFan once it has run about this many bytes of code (Node 20's
 * default 1.8M, Node 24's 13M). Opening a database runs thousands of Postgres functions just long enough to cross
 * that, so the optimising compiler worked through most of a start for code that never runs again: on one core,
 * process start to first answer on an existing data directory took 2.9 s, 1.3 s with this budget. The functions a
 * steady query load keeps hot still tier up (queries per second measured the same).
 */
const WASM_TIERING_BUDGET = 600_000_000;

/**
 * The flag is read when a function is first compiled, which PGlite does lazily after create. The bundled server's
 * loader sets it too, before it compiles anything: V8 accepts a code cache only under the flags it was made with.
 */
export function raiseWasmTieringBudget(): void {
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
}
