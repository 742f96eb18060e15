// The report's paragraph on the WebSocket row.
import { CLIENT_CPU, WS_PUBLISHERS } from './settings.js';

const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? 'n/a' : v.toFixed(digits));

export function websocketNote(w: Record<string, any>): string {
  return (
    `- websocket: \`bench/servers/websocket.ts\` (the core's WebSocket channel, production settings, events through the Postgres event bus) on a fresh database; ` +
    `${w.sockets} sockets opened and authenticated in-band (HS256 JWT, ${WS_PUBLISHERS} users) by \`bench/ws-client.ts\` (ws, pinned to core ${CLIENT_CPU}) in ${(w.connectMs / 1000).toFixed(1)} s (${w.failed} failed). ` +
    `Then ${WS_PUBLISHERS} publishers in the bench process (another process, as a second server would be), each publishing one \`tick\` a second for its own user: ${w.eventsPublished} events over ${w.publishSeconds.toFixed(1)} s; ` +
    `delay = arrival at the client − the publisher's clock at publish: p50 ${fmt(w.delays.p50)} ms, p90 ${fmt(w.delays.p90)} ms, p99 ${fmt(w.delays.p99)} ms, max ${fmt(w.delays.max)} ms over ${w.deliveries} deliveries (a publish itself returned in p50 ${fmt(w.publishAck.p50)} ms, p99 ${fmt(w.publishAck.p99)} ms) (expected ${w.expectedDeliveries}, ${w.lost} lost). ` +
    `Server RSS: ${fmt(w.rssIdleMiB, 0)} MiB idle, ${fmt(w.rssConnectedMiB, 0)} MiB with all sockets, max ${fmt(w.rssMaxMiB, 0)} MiB during the events (the table's value); CPU during the events: server ${(w.serverCpu * 100).toFixed(0)} %, client ${(w.clientCpu * 100).toFixed(0)} %.` +
    (Object.keys(w.errors).length ? ` Socket errors: ${JSON.stringify(w.errors)}.` : '')
  );
}
