// The run's log and warnings, and the servers and databases it has started, written down in bench/.cache
// so that bench/run.sh can clean up after a crash.
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CREATED_DBS, RUNNING_PIDS } from './settings.js';

export const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
export const notes: string[] = [];
export const warn = (msg: string) => {
  log(`WARNING: ${msg}`);
  notes.push(msg);
};

export const children = new Map<number, ChildProcess>();
export const databases = new Set<string>();
export function persistBookkeeping() {
  writeFileSync(RUNNING_PIDS, [...children.keys()].map((p) => `${p}\n`).join(''));
  writeFileSync(CREATED_DBS, [...databases].map((d) => `${d}\n`).join(''));
}
