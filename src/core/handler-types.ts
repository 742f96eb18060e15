import type { Logger } from 'pino';

/** Who made the request, as established by the operation's security scheme. */
export type Principal = {
  subject: string;
  scheme: string;
  claims: Record<string, unknown>;
};

/** A server-sent event frame. `data` is serialized as JSON unless it is a string. */
export type SseFrame = { id?: string | number; event?: string; data: unknown };

export interface SseStream {
  send(frame: SseFrame): boolean;
  comment(text: string): void;
  /** Resolves when the client goes away (or the server ends the stream). */
  readonly closed: Promise<void>;
  readonly isClosed: boolean;
  readonly signal: AbortSignal;
}

export type SseProducer = (stream: SseStream) => Promise<void>;

/** What every handler receives beside its request: who asked, a logger, and its API's own services. */
export type HandlerContext<Secured extends boolean, Services = unknown> = {
  requestId: string;
  /**
   * Where this API is served on this server: its base path, after `/<slug>` when several APIs share the server
   * (`/orchestrator/api/v1`, or `/api/v1` alone). A link a response carries (a `Location`) starts with it.
   */
  basePath: string;
  /**
   * The origin (`scheme://host[:port]`) the client reached this server at: its `Host`, or what a proxy TRUST_PROXY
   * trusts forwarded; the listen address when the request named no usable host. An absolute link starts with it,
   * then `basePath`.
   */
  origin: string;
  log: Logger;
  principal: Secured extends true ? Principal : Principal | null;
  services: Services;
};

export type ResponseHeaders = Record<string, string | number>;
