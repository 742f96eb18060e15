import { register } from 'on-exit-leak-free';
import pino from 'pino';

/**
 * Builds the text of a line that was handed over as fields (`BatchedDestination.writeLater`): the time it was
 * logged at (ms since the epoch), a string and two numbers.
 */
export type DeferredLine = (time: number, text: string, first: number, second: number) => string;

/** Lines held as fields before their text is built; more are built at once. */
const HELD_RECORDS = 1024;

/** sonic-boom in its buffer mode, which its types do not describe: `write` takes Buffers. */
type BufferSonicBoom = Omit<ReturnType<typeof pino.destination>, 'write'> & { write(chunk: Buffer): boolean };

/**
 * Lines are held at most this long, or until a chunk of this many bytes is nearly full, then handed over in one
 * write. Each hand-over is a file write on libuv's thread pool (a thread woken on the server's own core); at
 * 16 KiB a busy server handed over every few milliseconds and that cost about 3 µs of CPU per request on a small
 * POST. With 256 KiB the 25 ms timer sets the pace (a few dozen writes a second).
 */
const HOLD_MS = 25;
const CHUNK_BYTES = 256 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit: a line of n units always fits in 3n bytes. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * pino's asynchronous destination (sonic-boom, in its buffer mode), fed a chunk of lines at a time instead of one
 * line at a time.
 *
 * Why a layer in front of it: on every string write sonic-boom measures the byte length of the chunk it is
 * accumulating (up to 16 KiB of concatenated lines, flattened each time), and it starts a file write whenever
 * none is in flight, so under load each request's log line cost a copy of what was logged before it and, often,
 * a system call of its own. Handed strings, it also encodes each one twice more: for the file write, and again
 * once the write is done (to cut off what was written), which was the largest cost of the log line on a small
 * GET. So each line is encoded here once, straight into a chunk Buffer, and the chunk is handed over every few
 * milliseconds; sonic-boom still owns the file, its asynchronous writes and back-pressure, and never copies a
 * Buffer. Nothing is lost at exit: what is held here is handed over and flushed synchronously.
 */
export class BatchedDestination {
  private chunk: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  /**
   * Chunks handed over and not yet written, oldest first, with the bytes still to go; written ones are reused. A
   * fresh 256 KiB chunk every hand-over was memory outside V8's heap, which V8 answers with full collections: a
   * busy server paused for one every few seconds (the bench's p99 went from 2-6 ms to 15-19 ms).
   */
  private readonly inFlight: { chunk: Buffer | null; left: number }[] = [];
  private readonly spare: Buffer[] = [];
  private timer?: NodeJS.Timeout;
  /** sonic-boom can write synchronously only once its file is open, and not after it closed. */
  private writable = false;
  private readonly drain = () => this.handOver();

  private readonly boom: BufferSonicBoom;

  /**
   * Lines held as fields, oldest first (`writeLater`). Why: building a line's text in the middle of a request
   * cost about 1.5 µs on a small GET in the bench, and slowed the rest of the request too (the bench's GET served
   * about 10 % more requests a second with the log off, though the line itself was under 4 % of the time);
   * storing its fields costs a few array writes, and the texts are built together in one loop before they go out.
   */
  private held = 0;
  private readonly formats: DeferredLine[] = new Array<DeferredLine>(HELD_RECORDS);
  private readonly texts: string[] = new Array<string>(HELD_RECORDS).fill('');
  private readonly times = new Float64Array(HELD_RECORDS);
  private readonly firsts = new Float64Array(HELD_RECORDS);
  private readonly seconds = new Float64Array(HELD_RECORDS);

  /** `destination`: a file descriptor or a path. */
  constructor(destination: string | number) {
    const boom = pino.destination({ dest: destination, sync: false, contentMode: 'buffer' }) as unknown as BufferSonicBoom;
    this.boom = boom;
    // sonic-boom writes what it is given in order and reports each write's bytes: a chunk whose bytes have all been
    // reported is no longer referenced. Bytes it writes synchronously are not reported, which only delays reuse.
    boom.on('write', (n: number) => this.written(n));
    boom.once('ready', () => (this.writable = true));
    boom.once('close', () => (this.writable = false));
    register(this, (destination) => destination.flushSync());
  }

  write(line: string): boolean {
    if (this.held > 0) this.buildHeld();
    this.append(line);
    return true;
  }

  /**
   * A line given as fields: `format` builds its text later, within `HOLD_MS`, before any line written after it and
   * before the process exits. Lines keep their order either way.
   */
  writeLater(format: DeferredLine, time: number, text: string, first: number, second: number): void {
    const i = this.held++;
    this.formats[i] = format;
    this.times[i] = time;
    this.texts[i] = text;
    this.firsts[i] = first;
    this.seconds[i] = second;
    if (this.held === HELD_RECORDS) this.buildHeld();
    else this.timer ??= setTimeout(this.drain, HOLD_MS).unref();
  }

  private buildHeld(): void {
    const { formats, times, texts, firsts, seconds } = this;
    const n = this.held;
    this.held = 0;
    for (let i = 0; i < n; i++) this.append(formats[i](times[i], texts[i], firsts[i], seconds[i]));
  }

  private append(line: string): void {
    const most = line.length * MAX_BYTES_PER_UNIT;
    if (most > CHUNK_BYTES - this.used) {
      this.handOver();
      if (most > CHUNK_BYTES) {
        const whole = Buffer.from(line);
        this.inFlight.push({ chunk: null, left: whole.length });
        this.boom.write(whole);
        return;
      }
    }
    this.used += this.chunk.write(line, this.used);
    // Unreferenced: held lines never keep the process alive; exit hands them over.
    this.timer ??= setTimeout(this.drain, HOLD_MS).unref();
  }

  /** pino's `logger.flush(cb)`: what is held here goes out first. */
  flush(cb?: (err?: Error) => void): void {
    this.handOver();
    this.boom.flush(cb);
  }

  flushSync(): void {
    this.handOver();
    // Before its file opens sonic-boom cannot write synchronously; it writes what it holds once the file opens.
    if (this.writable) this.boom.flushSync();
  }

  private handOver(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.held > 0) this.buildHeld();
    if (this.used === 0) return;
    const held = this.chunk.subarray(0, this.used);
    // sonic-boom keeps the Buffer until it is written: the next lines go to another chunk.
    this.inFlight.push({ chunk: this.chunk, left: this.used });
    this.chunk = this.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    this.boom.write(held);
  }

  private written(bytes: number): void {
    let n = bytes;
    while (n > 0 && this.inFlight.length > 0) {
      const head = this.inFlight[0];
      const taken = Math.min(n, head.left);
      head.left -= taken;
      n -= taken;
      if (head.left > 0) return;
      this.inFlight.shift();
      if (head.chunk && this.spare.length < 2) this.spare.push(head.chunk);
    }
  }
}
