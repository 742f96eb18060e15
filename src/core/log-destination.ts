import { register } from 'on-exit-leak-free';
import pino from 'pino';

type SonicBoom = ReturnType<typeof pino.destination>;

/**
 * pino's asynchronous destination (sonic-boom), fed once per event-loop turn instead of once per line.
 *
 * Why a layer in front of it: on every write sonic-boom measures the byte length of the chunk it is
 * accumulating (up to 16 KiB of concatenated lines, flattened each time), so under load each request's log line
 * cost a copy of everything logged since the last write reached the disk. Lines logged in one turn are joined
 * here and handed over as one write; sonic-boom still owns the file, its asynchronous writes and back-pressure.
 * Nothing is lost at exit: the lines still held here are handed over and flushed synchronously.
 */
export class BatchedDestination {
  private pending: string[] = [];
  private scheduled = false;
  /** sonic-boom can write synchronously only once its file is open, and not after it closed. */
  private writable = false;
  private readonly drain = () => {
    this.scheduled = false;
    this.handOver();
  };

  constructor(private readonly boom: SonicBoom) {
    boom.once('ready', () => (this.writable = true));
    boom.once('close', () => (this.writable = false));
    register(this, (destination) => destination.flushSync());
  }

  write(line: string): boolean {
    this.pending.push(line);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
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
    if (this.pending.length === 0) return;
    const lines = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.boom.write(lines);
  }
}
