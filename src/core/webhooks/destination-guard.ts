import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { badRequest } from '../http-error.js';

/**
 * Where webhooks may go. request-filtering-agent checks the address a socket actually connects to, after DNS
 * (so a name that resolves, or re-resolves, to an internal address is refused before any byte is sent), and
 * refuses everything ipaddr.js does not call public unicast: loopback, private, link-local (169.254.169.254),
 * CGNAT (100.64/10), unique-local (fd00:ec2::254), IPv4-mapped forms of those, and 0.0.0.0. Hosts on the
 * allow-list skip the check (tests allow-list their own 127.0.0.1 receiver).
 */
/** Resolves a host to every address it has (dns.lookup with `all`: the system resolver, /etc/hosts included). */
export type LookupAll = (host: string) => Promise<{ address: string }[]>;

const lookupAll: LookupAll = (host) => lookup(host, { all: true });

/**
 * How long a submission waits for its webhook host to resolve. Resolvers do stall (on the CI machine, bursts of 20
 * lookups had several wait out the resolver's 5 s timeout), and a lookup holds one of libuv's 4 threads while it
 * waits, so slow names queue the others behind them: one Hybrid submission took 5 s among answers of 20-80 ms.
 */
const SUBMISSION_LOOKUP_MS = 1_000;

export class DestinationGuard {
  private readonly allowHosts: Set<string>;
  private readonly lookup: LookupAll;
  private readonly lookupTimeoutMs: number;
  // keepAlive off: a delivery is one request, and no socket outlives it to be reused after the check.
  private readonly filtered = { 'http:': new RequestFilteringHttpAgent({ keepAlive: false }), 'https:': new RequestFilteringHttpsAgent({ keepAlive: false }) };
  private readonly open = { 'http:': new http.Agent({ keepAlive: false }), 'https:': new https.Agent({ keepAlive: false }) };

  constructor(allowHosts: string[], options: { lookup?: LookupAll; lookupTimeoutMs?: number } = {}) {
    this.allowHosts = new Set(allowHosts.map(normalizeHost));
    this.lookup = options.lookup ?? lookupAll;
    this.lookupTimeoutMs = options.lookupTimeoutMs ?? SUBMISSION_LOOKUP_MS;
  }

  /** The URL, parsed, when it is one a webhook may be sent to; a 400 otherwise. */
  parse(url: string): URL {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badRequest(`webhook URL ${JSON.stringify(url)} is not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badRequest(`webhook URL must be http or https, not ${parsed.protocol}`);
    if (parsed.username || parsed.password) throw badRequest('webhook URL must not carry credentials');
    return parsed;
  }

  /**
   * The URL, parsed, unless a webhook could not be sent to it as things stand: its host is allow-listed, does not
   * resolve now (or not within a second), or every address it resolves to is public unicast, the rule the agent
   * applies when it connects. For refusing a URL when a client submits it (a 400 then, rather than a failed delivery
   * later); the agent still checks again on every attempt, since DNS can change in between.
   */
  async check(url: string): Promise<URL> {
    const parsed = this.parse(url);
    const host = normalizeHost(parsed.hostname);
    if (this.allowHosts.has(host)) return parsed;
    // A name that does not resolve now (DNS down or slow, no DNS at all, a record not yet published) is no danger:
    // every attempt resolves it again and the agent refuses a forbidden address then. Refusing it here would make a
    // client's submission depend on this server's DNS at that moment; its deliveries fail and retry instead.
    const addresses = await this.resolveSoon(host);
    if (!addresses) return parsed;
    for (const { address } of addresses) {
      const range = ipaddr.parse(address).range();
      if (range !== 'unicast') throw badRequest(`webhook URL host ${host} resolves to a ${range} address, which webhooks may not reach`, { host, address, range });
    }
    return parsed;
  }

  /** The host's addresses, or undefined when it does not resolve within lookupTimeoutMs. */
  private async resolveSoon(host: string): Promise<{ address: string }[] | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, this.lookupTimeoutMs, undefined)));
    try {
      return await Promise.race([this.lookup(host).catch(() => undefined), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The agent to connect through: the filtering one unless the host is allow-listed. */
  agentFor(url: URL): http.Agent {
    const agents = this.allowHosts.has(normalizeHost(url.hostname)) ? this.open : this.filtered;
    return agents[url.protocol as 'http:' | 'https:'];
  }
}

/** `[::1]` in a URL is `::1` on the allow-list; names compare case-insensitively. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
}
