import { register } from 'on-exit-leak-free';
import pino from 'pino';

type SonicBoom = ReturnType<typeof pino.destination>;

/**
 * Lines are held at most this long, or until this many characters are held, then handed over in one write.
 * Each hand-over is a file write on libuv's thread pool (a thread woken on the server's own core) plus the
 * string's encoding; at 16 KiB a busy server handed over every few milliseconds and that cost about 3 µs of CPU
 * per request on a small POST. With 256 KiB the 25 ms timer sets the pace (a few dozen writes a second).
 */
const HOLD_MS = 25;
const HOLD_CHARS = 256 * 1024;

/**
 * pino's asynchronous destination (sonic-boom), fed a batch of lines at a time instead of one line at a time.
 *
 * Why a layer in front of it: on every write sonic-boom measures the byte length of the chunk it is
 * accumulating (up to 16 KiB of concatenated lines, flattened each time), and it starts a file write whenever
 * none is in flight, so under load each request's log line cost a copy of what was logged before it and, often,
 * a system call of its own. Lines are joined here and handed over every few milliseconds; sonic-boom still owns
 * the file, its asynchronous writes and back-pressure. Nothing is lost at exit: the lines still held here are
 * handed over and flushed synchronously.
 */
export class BatchedDestination {
  private pending: string[] = [];
  private pendingChars = 0;
  private timer?: NodeJS.Timeout;
  /** sonic-boom can write synchronously only once its file is open, and not after it closed. */
  private writable = false;
  private readonly drain = () => this.handOver();

  constructor(private readonly boom: SonicBoom) {
    boom.once('ready', () => (this.writable = true));
    boom.once('close', () => (this.writable = false));
    register(this, (destination) => destination.flushSync());
  }

  write(line: string): boolean {
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.pendingChars >= HOLD_CHARS) this.handOver();
    // Unreferenced: held lines never keep the process alive; exit hands them over.
    else this.timer ??= setTimeout(this.drain, HOLD_MS).unref();
    return true;
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
    if (this.pending.length === 0) return;
    const lines = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.boom.write(lines);
  }
}
