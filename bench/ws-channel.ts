import { fileURLToPath } from 'node:url';
import { jwtVerify } from 'jose';
import type { Logger } from 'pino';
import type { EventBus } from '../src/core/event-bus.js';
import { WebSocketChannel } from '../src/core/websocket/channel.js';
import { loadChannelContract } from '../src/core/websocket/contract.js';
import type { WsErrorKind } from '../src/core/websocket/protocol.js';

const codes: Record<WsErrorKind, string> = {
  unauthenticated: 'AUTHENTICATION_ERROR',
  invalid_message: 'VALIDATION_ERROR',
  rate_limited: 'RATE_LIMIT_EXCEEDED',
};

/**
 * The WebSocket row's channel at /bench/ws, from the contract `npm run generate` extracts from
 * bench/spec/asyncapi.yaml, with HS256 JWTs in the auth message. The server and the publishers build the same
 * one (same path, so the same bus topic); production settings, so outgoing messages are not validated.
 */
export async function benchChannel(bus: EventBus, logger: Logger, secret: string): Promise<WebSocketChannel> {
  const contract = await loadChannelContract(fileURLToPath(new URL('../generated/bench/asyncapi.json', import.meta.url)));
  const key = new TextEncoder().encode(secret);
  return new WebSocketChannel({
    path: `/bench${contract.address}`,
    contract,
    bus,
    logger,
    validateOutgoing: false,
    protocol: {
      authMessage: 'auth',
      tokenOf: (m) => String(m.token),
      authSuccess: (p) => ({ type: 'auth_success', data: { subject: p.subject } }),
      error: (kind, message, details) => ({ type: 'error', error: { code: codes[kind], message, details } }),
      unauthenticatedCloseCode: 4401,
    },
    async authenticate(token) {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
      return { subject: String(payload.sub), expiresAt: payload.exp ? new Date(payload.exp * 1000) : undefined };
    },
  });
}
