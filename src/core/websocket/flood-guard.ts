/**
 * Counts one socket's incoming messages in fixed one-second windows. Only the first message over the limit
 * in a window is reported, so a flooding client gets one rate-limit error per second, not one per frame.
 */
export class FloodGuard {
  private windowStart = 0;
  private count = 0;

  constructor(private readonly perSecond: number) {}

  check(now: number): 'ok' | 'first-over' | 'over' {
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count++;
    if (this.count <= this.perSecond) return 'ok';
    return this.count === this.perSecond + 1 ? 'first-over' : 'over';
  }
}
