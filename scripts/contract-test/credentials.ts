/**
 * The headers that authenticate the tester, shared by every operation's requests. `renew` (the in-process mode's,
 * which can mint them) gets fresh ones when the server stops taking them: an operation under test may end the
 * session they belong to (a logout), and every later operation would otherwise be tested signed out.
 */
export class Credentials {
  constructor(
    public headers: Record<string, string> = {},
    private readonly renew?: () => Promise<Record<string, string>>,
  ) {}

  get names(): string[] {
    return Object.keys(this.headers);
  }

  /** Fresh credentials after a refusal; false when there is no way to get them. */
  async renewed(): Promise<boolean> {
    if (!this.renew) return false;
    this.headers = await this.renew();
    return true;
  }

  /**
   * The shell variable a report writes in place of a credential's value, so reports hold no secret:
   * Authorization is `$AUTH`, any other header its name in capitals (`X-Api-Key` is `$X_API_KEY`).
   */
  static variableOf(name: string): string {
    return name.toLowerCase() === 'authorization' ? 'AUTH' : name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  }
}
