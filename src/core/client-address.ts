import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** The address a request came from, as limits keyed by IP should see it. */
export type ClientAddress = (req: IncomingMessage) => string;

/**
 * Reads `TRUST_PROXY`, with express's meanings: unset or `false` trusts no proxy (the socket's address, so a
 * forged `X-Forwarded-For` changes nothing); a number trusts that many hops in front of the server; `true`
 * trusts every hop (the left-most forwarded address); otherwise a comma-separated list of addresses, CIDR ranges
 * or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`) naming the proxies, such as the balancer in
 * front of several processes. An invalid list throws at start-up.
 */
export function clientAddressResolver(trustProxy: string | undefined): ClientAddress {
  const setting = trustProxy?.trim() ?? '';
  if (setting === '' || setting === 'false') return socketAddress;
  if (setting === 'true') return (req) => proxyaddr(req, () => true);
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (req) => proxyaddr(req, (_address, i) => i < hops);
  }
  const trust = proxyaddr.compile(setting.split(',').map((part) => part.trim()).filter(Boolean));
  return (req) => proxyaddr(req, trust);
}

function socketAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
