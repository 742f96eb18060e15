/**
 * The failures of a node:test TAP report, each as the diagnostics printed just before it (a test file's stderr
 * and the runner's own notes, such as an error raised after a test ended) followed by its `not ok` line and YAML
 * block (error, location, and for a file that died, its exit code and signal). Suites that failed only because a
 * test inside them did are left out: the test itself is listed.
 */
const MAX_DIAGNOSTICS = 40;

export function failureReports(tap: string): string[] {
  const reports: string[] = [];
  let diagnostics: string[] = [];
  const lines = tap.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimStart();
    if (trimmed.startsWith('# Subtest:')) continue;
    if (trimmed.startsWith('# ')) {
      diagnostics.push(line);
      continue;
    }
    if (!/^(not )?ok \d+/.test(trimmed)) continue;
    const block = [line];
    const indent = line.length - trimmed.length;
    while (i + 1 < lines.length && lines[i + 1].startsWith(`${' '.repeat(indent)}  `)) block.push(lines[++i]);
    const failed = trimmed.startsWith('not ok') && !block.some((l) => l.includes("failureType: 'subtestsFailed'"));
    if (failed) reports.push([...diagnostics.slice(-MAX_DIAGNOSTICS), ...block].join('\n'));
    diagnostics = [];
  }
  return reports;
}

/** Signals a process gets from a fault in the runtime itself (V8's CHECK failures end in SIGTRAP), not from a test. */
const CRASH_SIGNALS = new Set(['SIGTRAP', 'SIGSEGV', 'SIGABRT', 'SIGBUS', 'SIGILL']);

/**
 * The test files of a TAP report that failed only by dying of such a signal, when every failure in it is one;
 * undefined when any failure is of another kind (an assertion, a timeout, an exit code), which no rerun excuses.
 */
export function crashedFilesOnly(tap: string): string[] | undefined {
  const files: string[] = [];
  for (const report of failureReports(tap)) {
    const file = /^not ok \d+ - (\S+\.test\.[cm]?[jt]s)$/m.exec(report)?.[1];
    const signal = /^ {2}signal: '([A-Z]+)'$/m.exec(report)?.[1];
    if (!file || !signal || !CRASH_SIGNALS.has(signal)) return undefined;
    files.push(file);
  }
  return files;
}
