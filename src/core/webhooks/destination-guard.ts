import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { badRequest } from '../http-error.js';

/**
 * Where webhooks may go. request-filtering-agent checks the address a socket actually connects to, after DNS
 * (so a name that resolves, or re-resolves, to an internal address is refused before any byte is sent), and
 * refuses everything ipaddr.js does not call public unicast: loopback, private, link-local (169.254.169.254),
 * CGNAT (100.64/10), unique-local (fd00:ec2::254), IPv4-mapped forms of those, and 0.0.0.0. Hosts on the
 * allow-list skip the check (tests allow-list their own 127.0.0.1 receiver).
 */
export class DestinationGuard {
  private readonly allowHosts: Set<string>;
  // keepAlive off: a delivery is one request, and no socket outlives it to be reused after the check.
  private readonly filtered = { 'http:': new RequestFilteringHttpAgent({ keepAlive: false }), 'https:': new RequestFilteringHttpsAgent({ keepAlive: false }) };
  private readonly open = { 'http:': new http.Agent({ keepAlive: false }), 'https:': new https.Agent({ keepAlive: false }) };

  constructor(allowHosts: string[]) {
    this.allowHosts = new Set(allowHosts.map(normalizeHost));
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
