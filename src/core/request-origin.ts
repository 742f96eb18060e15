import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { proxyTrust } from './client-address.js';

/** The origin (`scheme://host[:port]`) a client reached this server at, for absolute links back to it. */
export type RequestOrigin = (req: IncomingMessage) => string;

/** A host name, an IPv4 address or a bracketed IPv6 one, with an optional port: nothing that could add a path or user. */
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?)(?::\d{1,5})?$/i;

/**
 * The request's `Host` and the socket's scheme; `X-Forwarded-Proto` and `X-Forwarded-Host` instead when the socket's
 * peer is a proxy `TRUST_PROXY` trusts (as express's `req.protocol` and `req.hostname` read them), so a client
 * cannot point another client's links elsewhere by forging them. `fallback` (the listen address) when the host is
 * missing or is not a host name.
 */
export function requestOriginResolver(trustProxy: string | undefined, fallback: string): RequestOrigin {
  const trust = proxyTrust(trustProxy);
  return (req) => {
    const forwarded = trust !== null && trust(req.socket.remoteAddress ?? '', 0);
    const proto = (forwarded ? firstValue(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined) ?? ((req.socket as TLSSocket).encrypted ? 'https' : 'http');
    const host = (forwarded ? firstValue(req.headers['x-forwarded-host']) : undefined) ?? req.headers.host;
    if (host === undefined || !HOST.test(host) || !validPort(host) || (proto !== 'http' && proto !== 'https')) return fallback;
    return `${proto}://${host.toLowerCase()}`;
  };
}

/** A port, when the host names one, is at most 65535: `example.test:99999` makes no URL. */
function validPort(host: string): boolean {
  const port = /:(\d+)$/.exec(host);
  return port === null || Number(port[1]) <= 65535;
}

/** The left-most of a comma-separated header: what the client asked for, before other proxies appended theirs. */
function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const first = value?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

/**
 * This server's own origin from its listen address. A wildcard bind (HOST=0.0.0.0 or ::, as in containers) is no
 * address a client can send to, so it names the machine as `localhost`; an IPv6 address is bracketed, as URLs need.
 */
export function listenOrigin(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
