// What the phases found: one row per server and op, the CPU notes per measurement and extra details for the report.
import { warn } from './bookkeeping.js';
import { median, type Alternation, type Measured, type Sample } from './measure.js';

type Row = {
  row: string;
  op: string;
  rps: number | null;
  p50: number | null;
  p99: number | null;
  rssMiB: number | null;
  vsRaw: number | null;
  vsFastify: number | null;
};
export const rows: Row[] = [];
export const cpuNotes: string[] = [];
export const extra: Record<string, unknown> = {};

export const measuredAll: Measured[] = [];
export const alternations: Alternation[] = [];

export function addMeasured(measured: Measured[]) {
  measuredAll.push(...measured);
  for (const m of measured) {
    const s = m.samples;
    rows.push({
      row: m.row,
      op: m.op,
      rps: median(s.map((x) => x.rps)),
      p50: median(s.map((x) => x.p50)),
      p99: median(s.map((x) => x.p99)),
      rssMiB: median(s.map((x) => x.rssMiB ?? NaN)),
      vsRaw: null,
      vsFastify: null,
    });
    const pct = (f: (x: Sample) => number) => `${(median(s.map(f)) * 100).toFixed(0)} %`;
    cpuNotes.push(
      `| ${m.row} | ${m.op} | ${pct((x) => x.serverCpu)} | ${pct((x) => x.serverCoreBusy)} | ${pct((x) => x.wrkCpu)} | ${pct((x) => x.clientCoreBusy)} | ${pct((x) => x.postgresCpu)} | ${s
        .map((x) => Math.round(x.rps))
        .join(' / ')} | ${s.reduce((a, x) => a + x.errors, 0)} |`,
    );
  }
}

export function failedRow(row: string, op: string, err: unknown) {
  warn(`${row} ${op} failed: ${(err as Error).message.split('\n')[0]}`);
  rows.push({ row, op, rps: null, p50: null, p99: null, rssMiB: null, vsRaw: null, vsFastify: null });
}
