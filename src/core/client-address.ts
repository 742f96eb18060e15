import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** The address a request came from, as limits keyed by IP should see it. */
export type ClientAddress = (req: IncomingMessage) => string;

/** Whether the hop at `address`, `i` hops in front of the server (0: the socket's peer), is a proxy to believe. */
export type ProxyTrust = (address: string, i: number) => boolean;

/**
 * Reads `TRUST_PROXY`, with express's meanings: unset or `false` trusts no proxy (null: the socket's address, so a
 * forged `X-Forwarded-For` changes nothing); a number trusts that many hops in front of the server; `true`
 * trusts every hop (the left-most forwarded address); otherwise a comma-separated list of addresses, CIDR ranges
 * or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`) naming the proxies, such as the balancer in
 * front of several processes. An invalid list throws at start-up.
 */
export function proxyTrust(trustProxy: string | undefined): ProxyTrust | null {
  const setting = trustProxy?.trim() ?? '';
  if (setting === '' || setting === 'false') return null;
  if (setting === 'true') return () => true;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, i) => i < hops;
  }
  return proxyaddr.compile(setting.split(',').map((part) => part.trim()).filter(Boolean));
}

/** The client's address under `TRUST_PROXY` (see `proxyTrust`). */
export function clientAddressResolver(trustProxy: string | undefined): ClientAddress {
  const trust = proxyTrust(trustProxy);
  return trust ? (req) => proxyaddr(req, trust) : socketAddress;
}

function socketAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
