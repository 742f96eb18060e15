import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isDatabaseError } from '../../db/database-error.js';
import type { EventBus } from '../event-bus.js';
import { AudienceIndex } from './audience-index.js';
import { ChannelSession } from './channel-session.js';
import type { ChannelContract } from './contract.js';
import { ContractViolation, MessageValidator, type IncomingCheck } from './message-validator.js';
import type { Audience, WsErrorDetail, WsErrorKind, WsPrincipal, WsProtocol } from './protocol.js';

export type WebSocketChannelOptions = {
  /** The request path the channel answers upgrades on: the API's mount plus the contract's address (`/api/v1/ws`). */
  path: string;
  contract: ChannelContract;
  protocol: WsProtocol;
  /**
   * Verifies the token of an auth message; throws (anything) when it is not valid. A failure of the database it
   * asks is the server's, not the token's: that socket is closed as an internal error, never told to log in again.
   */
  authenticate(token: string): Promise<WsPrincipal>;
  /** The audience keys a principal's sockets receive (default: its subject). Computed at each (re-)authentication. */
  audienceOf?(principal: WsPrincipal): readonly string[];
  bus: EventBus;
  /** The bus topic of this channel's events (default `websocket:<path>`). */
  topic?: string;
  logger: Logger;
  /** Check every outgoing message against the contract (development and test); a mismatch throws and nothing is sent. */
  validateOutgoing: boolean;
  authTimeoutMs?: number;
  heartbeatMs?: number;
  maxBufferedBytes?: number;
  maxMessagesPerSecond?: number;
  maxPayloadBytes?: number;
};

/**
 * What travels on the bus: an event for an audience, the order to close an audience's sockets (revocation), or a
 * change of the keys an audience's sockets hear.
 */
type BusEvent =
  | { audience: Audience; message: Record<string, unknown> }
  | { audience: Audience; revoke: string }
  | { audience: Audience; join: string[]; leave: string[] };

const CLOSE_GOING_AWAY = 1001;
const CLOSE_INTERNAL_ERROR = 1011;

/**
 * A WebSocket channel served from an AsyncAPI contract: in-band authentication within a deadline, re-authentication
 * and token expiry, ping/pong heartbeat, flood and slow-consumer protection, and events published through the bus
 * so they reach the allowed sockets of every process. It knows nothing of any API: the module supplies the rest.
 */
export class WebSocketChannel {
  private readonly wss: WebSocketServer;
  private readonly validator: MessageValidator;
  private readonly sessions = new Set<ChannelSession>();
  private readonly audience = new AudienceIndex<ChannelSession>();
  private readonly topic: string;
  private readonly settings: Required<Pick<WebSocketChannelOptions, 'authTimeoutMs' | 'heartbeatMs' | 'maxBufferedBytes' | 'maxMessagesPerSecond'>>;
  private heartbeat?: NodeJS.Timeout;
  private unsubscribe?: () => void;
  private closed = false;

  constructor(private readonly options: WebSocketChannelOptions) {
    this.validator = new MessageValidator(options.contract);
    if (!this.validator.receives(options.protocol.authMessage)) {
      throw new Error(`${options.contract.title}: the contract has no client message of type '${options.protocol.authMessage}'`);
    }
    this.topic = options.topic ?? `websocket:${options.path}`;
    this.settings = {
      authTimeoutMs: options.authTimeoutMs ?? 10_000,
      heartbeatMs: options.heartbeatMs ?? 30_000,
      maxBufferedBytes: options.maxBufferedBytes ?? 1024 * 1024,
      maxMessagesPerSecond: options.maxMessagesPerSecond ?? 20,
    };
    this.wss = new WebSocketServer({ noServer: true, clientTracking: false, maxPayload: options.maxPayloadBytes ?? 64 * 1024 });
  }

  /** Subscribes to the bus and starts the heartbeat; the bus itself is started by its owner. */
  start(): void {
    this.unsubscribe = this.options.bus.subscribe(this.topic, (event) => this.onBusEvent(event as BusEvent));
    this.heartbeat = setInterval(() => this.beat(), this.settings.heartbeatMs);
    this.heartbeat.unref();
  }

  get openSockets(): number {
    return this.sessions.size;
  }

  /** For http.Server's 'upgrade' event: false when the path is not this channel's, so another handler may take it. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (new URL(req.url ?? '/', 'http://host').pathname !== this.options.path) return false;
    if (this.closed) socket.destroy();
    else this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    return true;
  }

  /** Sends `message` to the audience's sockets in every process. Throws, sending nothing, when it breaks the contract. */
  async publish(message: Record<string, unknown>, audience: Audience): Promise<void> {
    if (this.options.validateOutgoing) this.assertOutgoing(message);
    await this.options.bus.publish(this.topic, { audience, message } satisfies BusEvent);
  }

  /**
   * Adds and removes audience keys of the audience's open sockets in every process, for what a principal may hear
   * changing while it is connected. It travels the bus in order with the events, so an event published after it is
   * delivered by the new keys. A later (re-)authentication computes the keys afresh.
   */
  async regroup(audience: Audience, change: { join?: string[]; leave?: string[] }): Promise<void> {
    await this.options.bus.publish(this.topic, { audience, join: change.join ?? [], leave: change.leave ?? [] } satisfies BusEvent);
  }

  /** Closes the audience's sockets in every process with the unauthenticated close code (a revoked token). */
  async revoke(audience: Audience, reason = 'Access token revoked'): Promise<void> {
    await this.options.bus.publish(this.topic, { audience, revoke: reason } satisfies BusEvent);
  }

  /** Closes every socket with 1001 (server going away), terminating those that do not finish within a second. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    this.unsubscribe?.();
    const open = [...this.sessions];
    const gone = Promise.all(open.map((s) => new Promise((resolve) => s.ws.once('close', resolve))));
    for (const s of open) s.ws.close(CLOSE_GOING_AWAY, 'Server going away');
    const timer = setTimeout(() => open.forEach((s) => s.ws.terminate()), 1000);
    await gone;
    clearTimeout(timer);
    this.wss.close();
  }

  private onConnection(ws: WebSocket): void {
    const session = new ChannelSession(ws, this.settings.maxMessagesPerSecond);
    this.sessions.add(session);
    const seconds = this.settings.authTimeoutMs / 1000;
    session.startAuthDeadline(this.settings.authTimeoutMs, () => this.reject(session, `No ${this.options.protocol.authMessage} message within ${seconds} s`));
    ws.on('pong', () => (session.alive = true));
    ws.on('message', (data, isBinary) => this.onMessage(session, data, isBinary));
    ws.on('error', (err) => this.options.logger.debug({ err }, 'websocket error'));
    ws.on('close', () => this.forget(session));
  }

  private onMessage(session: ChannelSession, data: RawData, isBinary: boolean): void {
    if (session.closing) return;
    const flood = session.flood.check(Date.now());
    if (flood !== 'ok') {
      if (flood === 'first-over') this.sendError(session, 'rate_limited', 'Too many messages', []);
      return;
    }
    session.turn = session.turn.then(() => this.handle(session, data, isBinary)).catch((err) => this.fail(session, err));
  }

  /** One message, once every earlier message of the socket was handled (see ChannelSession.turn). */
  private async handle(session: ChannelSession, data: RawData, isBinary: boolean): Promise<void> {
    if (session.closing) return;
    const check: IncomingCheck = isBinary
      ? { ok: false, message: 'Invalid message', details: [{ message: 'Frames must be UTF-8 text' }] }
      : this.validator.checkIncoming(data.toString());
    if (!check.ok) return this.sendError(session, 'invalid_message', check.message, check.details);
    if (check.message[this.options.contract.discriminator] === this.options.protocol.authMessage) return this.authenticate(session, check.message);
    if (!session.principal) this.sendError(session, 'unauthenticated', `Send ${this.options.protocol.authMessage} first`, []);
  }

  private async authenticate(session: ChannelSession, message: Record<string, unknown>): Promise<void> {
    let principal: WsPrincipal;
    try {
      principal = await this.options.authenticate(this.options.protocol.tokenOf(message));
    } catch (err) {
      if (isDatabaseError(err)) return this.fail(session, err);
      return this.reject(session, 'Access token is missing, invalid or expired');
    }
    if (session.closing) return;
    if (principal.expiresAt && principal.expiresAt.getTime() <= Date.now()) return this.reject(session, 'Access token expired');
    session.authenticated(principal, () => this.reject(session, 'Access token expired'));
    this.audience.set(session, this.options.audienceOf?.(principal) ?? [principal.subject]);
    this.sendOwn(session, this.options.protocol.authSuccess(principal));
  }

  /** An error message, then the unauthenticated close code; the socket gets no more events meanwhile. */
  private reject(session: ChannelSession, reason: string): void {
    if (session.closing) return;
    this.sendError(session, 'unauthenticated', reason, []);
    this.closeSession(session, this.options.protocol.unauthenticatedCloseCode, 'Unauthenticated');
  }

  private sendError(session: ChannelSession, kind: WsErrorKind, message: string, details: WsErrorDetail[]): void {
    this.sendOwn(session, this.options.protocol.error(kind, message, details));
  }

  /** The channel's own replies; one that breaks the contract is the module's bug, so the socket closes with 1011. */
  private sendOwn(session: ChannelSession, message: Record<string, unknown>): void {
    try {
      if (this.options.validateOutgoing) this.assertOutgoing(message);
    } catch (err) {
      return this.fail(session, err);
    }
    this.deliver(session, JSON.stringify(message));
  }

  private assertOutgoing(message: Record<string, unknown>): void {
    try {
      this.validator.assertOutgoing(message);
    } catch (err) {
      if (err instanceof ContractViolation) this.options.logger.error({ err, path: this.options.path }, err.message);
      throw err;
    }
  }

  private fail(session: ChannelSession, err: unknown): void {
    this.options.logger.error({ err, path: this.options.path }, 'websocket channel failed on a socket');
    this.closeSession(session, CLOSE_INTERNAL_ERROR, 'Internal error');
  }

  private onBusEvent(event: BusEvent): void {
    const targets = this.audience.resolve(event.audience);
    if ('revoke' in event) {
      for (const session of [...targets]) this.reject(session, event.revoke);
      return;
    }
    if ('join' in event) {
      for (const session of [...targets]) this.audience.change(session, event.join, event.leave);
      return;
    }
    // Encoded once for all its sockets; sent as a text frame.
    const frame = Buffer.from(JSON.stringify(event.message));
    for (const session of targets) this.deliver(session, frame);
  }

  /** A client that cannot keep up is disconnected before its unsent frames grow past the limit. */
  private deliver(session: ChannelSession, frame: Buffer | string): void {
    const { ws } = session;
    if (ws.readyState !== ws.OPEN) return;
    ws.send(frame, { binary: false });
    if (ws.bufferedAmount > this.settings.maxBufferedBytes) {
      this.options.logger.warn({ path: this.options.path, buffered: ws.bufferedAmount }, 'websocket client too slow; disconnected');
      this.forget(session);
      ws.terminate();
    }
  }

  private beat(): void {
    for (const session of this.sessions) {
      if (!session.alive) {
        this.forget(session);
        session.ws.terminate();
        continue;
      }
      session.alive = false;
      session.ws.ping();
    }
  }

  private closeSession(session: ChannelSession, code: number, reason: string): void {
    session.closing = true;
    session.clearTimers();
    this.audience.remove(session);
    session.ws.close(code, reason);
  }

  private forget(session: ChannelSession): void {
    session.closing = true;
    session.clearTimers();
    this.audience.remove(session);
    this.sessions.delete(session);
  }
}
