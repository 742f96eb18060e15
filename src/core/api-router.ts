import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { HttpError } from './http-error.js';
import type { ApiPlugin, EnvelopeMeta } from './api-plugin.js';
import type { Principal, SseFrame, SseProducer } from './handler-types.js';
import { isNotImplemented } from './not-implemented.js';
import { OperationRouter } from './router.js';
import { authenticate, type SecurityHandler } from './security.js';
import { declaredResponse, type LoadedSpec, type OperationDef } from './spec-loader.js';
import { OperationValidators, type ValidationIssue } from './validators.js';
import { readBody, parseJson, mediaType, unreadableCharset } from './body-reader.js';
import { OperationRateLimit } from './rate-limit.js';
import { applyOverrides, rateLimitRules } from './rate-limit-rules.js';
import { clientAddressResolver, type ClientAddress } from './client-address.js';
import { requestOriginResolver, type RequestOrigin } from './request-origin.js';
import { createRateLimitStore, type RateLimitStore } from './rate-limit-store.js';
import { toWire } from './serialize.js';
import { OperationSerializers } from './operation-serializers.js';
import { serializeAny } from './response-serializer.js';
import { openSseStream } from './sse.js';
import { UNMATCHED_OPERATION } from './metrics/http-metrics.js';
import type { OpenConnections } from './metrics/connection-metrics.js';
import type { ServerMetrics } from './metrics/server-metrics.js';
import { ResponseObserver } from './response-observer.js';
import { streamItemSchema, streamItemValidator, validatingStream } from './stream-items.js';

export type RuntimeOptions = {
  logger: Logger;
  /** Validate every response against the spec and refuse to send a mismatch (development and test). */
  validateResponses: boolean;
  bodyLimitBytes: number;
  sseKeepAliveMs: number;
  /** Sees the status of every response an operation sent (the contract suite records coverage with it). */
  onResponse?: (slug: string, operationId: string, status: number) => void;
  /** Where rate-limit counts live; one per server (Postgres when the server runs on it). Default: this runtime's memory. */
  rateLimitStore?: RateLimitStore;
  /** Where a request came from, for limits keyed by IP (see TRUST_PROXY). Default: the socket's address. */
  clientAddress?: ClientAddress;
  /** The origin a request reached the server at, for absolute links (see TRUST_PROXY). Default: its Host header. */
  requestOrigin?: RequestOrigin;
  /** Where requests are counted and timed; without it nothing is measured. */
  metrics?: ServerMetrics;
};

type HandlerResult = { status: number; body?: unknown; headers?: Record<string, string | number>; sse?: SseProducer };
type BodyRead = { body: unknown; issues: ValidationIssue[] };
type AnyHandler = (req: unknown, ctx: unknown) => Promise<HandlerResult>;

type Exchange = {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  /** Where the API is served on this host (prefix and base path): what handlers put before a path they link to. */
  basePath: string;
  started: number;
  log: Logger;
  operation?: OperationDef;
  /** What the matched operation compiled from its spec: looked up once per request, not at every step. */
  compiled?: Compiled;
  /** The `X-RateLimit-*` headers of a rate-limited operation: on every response it sends, errors included. */
  rateLimitHeaders?: Record<string, string>;
  /** The 429 of a request over its limit, thrown once its parameters are known to be valid. */
  limited?: HttpError;
};

type Compiled = {
  validators: OperationValidators;
  serializers: OperationSerializers;
  rateLimit?: OperationRateLimit;
  observer: ResponseObserver;
  /** Checks each streamed event against the operation's item schema (compiled on first stream, when validating). */
  streamItems?: ((frame: SseFrame) => string | null) | null;
};

/** The request path of one API: route, 501, security, rate limit, parse, validate, handle, validate the response, envelope. */
export class ApiRuntime {
  readonly router: OperationRouter;
  /** What each operation compiles from its spec, lazily: request and response validators, response serializers. */
  private readonly compiled = new Map<string, Compiled>();
  private readonly unmatched: ResponseObserver;
  /** The API-wide limit (the document's `x-rate-limit`), which a path or method no operation serves counts against. */
  private readonly unmatchedLimit?: { rateLimit: OperationRateLimit; security: OperationDef };
  private readonly openStreams?: OpenConnections;
  private readonly security: Record<string, SecurityHandler>;
  private readonly requestOrigin: RequestOrigin;

  constructor(
    readonly plugin: ApiPlugin,
    readonly spec: LoadedSpec,
    private readonly options: RuntimeOptions,
    /** The API's services, handed to every handler as `ctx.services`. */
    private readonly services: unknown = undefined,
  ) {
    const omitted = new Set(plugin.omitOperations ?? []);
    this.router = new OperationRouter(spec.operations.filter((op) => !omitted.has(op.operationId)));
    this.security = plugin.security ?? {};
    this.requestOrigin = options.requestOrigin ?? requestOriginResolver(undefined, 'http://localhost');
    const store = options.rateLimitStore ?? createRateLimitStore({ kind: 'memory' });
    const clientAddress = options.clientAddress ?? clientAddressResolver(undefined);
    for (const op of spec.operations) {
      const rules = applyOverrides(op.rateLimits ?? [], plugin.rateLimitOverrides);
      const rateLimit = rules.length > 0 ? new OperationRateLimit(plugin.slug, rules, store, clientAddress) : undefined;
      const observer = this.observer(op.operationId, (status) => options.onResponse?.(plugin.slug, op.operationId, status));
      this.compiled.set(op.operationId, { validators: new OperationValidators(op), serializers: new OperationSerializers(op), rateLimit, observer });
    }
    this.unmatched = this.observer(UNMATCHED_OPERATION);
    const apiWide = applyOverrides(rateLimitRules(spec.document, {}, UNMATCHED_OPERATION), plugin.rateLimitOverrides);
    if (apiWide.length > 0) {
      const security = { operationId: UNMATCHED_OPERATION, method: '', path: '', parameters: [], responses: {}, security: spec.document.security ?? [] };
      this.unmatchedLimit = { rateLimit: new OperationRateLimit(plugin.slug, apiWide, store, clientAddress), security };
    }
    this.openStreams = options.metrics?.connections.sseStreams(plugin.slug);
    const missing = spec.operations.filter((op) => typeof plugin.handlers[op.operationId] !== 'function');
    if (missing.length > 0) throw new Error(`${plugin.slug}: no handler for ${missing.map((o) => o.operationId).join(', ')}`);
  }

  private observer(operation: string, report?: (status: number) => void): ResponseObserver {
    const api = this.plugin.slug;
    return new ResponseObserver(this.options.logger, { api, operation }, this.options.metrics?.http.operation(api, operation), report);
  }

  /** `path` is relative to `basePath`, where the API is mounted, without the query string. */
  async handle(req: IncomingMessage, res: ServerResponse, basePath: string, path: string, search: string, requestId: string): Promise<void> {
    const exchange: Exchange = { req, res, requestId, basePath, started: performance.now(), log: this.options.logger };
    try {
      await this.dispatch(exchange, path, search);
    } catch (err) {
      this.sendError(exchange, err);
    }
  }

  private async dispatch(ex: Exchange, path: string, search: string): Promise<void> {
    const { req } = ex;
    const match = this.router.match(req.method ?? 'GET', path);
    if (match.kind !== 'found' && this.unmatchedLimit) await this.countUnmatched(ex);
    if (match.kind === 'not-found') throw new HttpError(404, 'not_found', `No route for ${req.method} ${path}`);
    if (match.kind === 'method-not-allowed') {
      // HEAD is served wherever GET is; OPTIONS (not a CORS preflight, which cors.ts answers) lists what is.
      const allow = match.allow.includes('GET') && !match.allow.includes('HEAD') ? [...match.allow, 'HEAD'] : match.allow;
      if (req.method === 'OPTIONS') return this.write(ex, 204, undefined, { Allow: [...allow, 'OPTIONS'].join(', ') });
      throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed on ${path}`, { allow }, { Allow: allow.join(', ') });
    }
    const operation = match.operation;
    ex.operation = operation;
    ex.compiled = this.compiled.get(operation.operationId)!;
    const handler = this.plugin.handlers[operation.operationId] as AnyHandler;
    if (isNotImplemented(handler)) throw new HttpError(501, 'not_implemented', `Operation ${operation.operationId} is not implemented yet`);

    const query = search ? new URLSearchParams(search) : NO_QUERY;
    const { validators, rateLimit } = ex.compiled;
    let principal: Principal | null;
    if (rateLimit) {
      principal = await this.authenticateCounted(ex, operation, query, rateLimit);
    } else {
      // Security and body reading answer synchronously when they can: awaiting a plain value still costs a turn.
      const auth = authenticate(operation, this.security, this.spec.securitySchemes, { headers: req.headers, query });
      principal = auth instanceof Promise ? await auth : auth;
    }
    const params = validators.parseParams(match.params, query, req.headers);
    for (const name of match.undecodable ?? []) params.issues.push({ location: 'path', path: `/${name}`, message: 'is not valid percent-encoding' });
    // A request over its limit is still told first what is wrong with it: the 429 is kept until the input is valid.
    if (ex.limited && params.issues.length > 0) throw invalidRequest(params.issues);
    if (ex.limited) throw ex.limited;
    const read = this.readRequestBody(ex, operation, validators);
    const { body, issues } = read instanceof Promise ? await read : read;
    if (params.issues.length > 0 || issues.length > 0) throw invalidRequest([...params.issues, ...issues]);
    const result = await handler(
      { params: params.value.path, query: params.value.query, headers: params.value.header, body },
      new HandlerContextImpl(ex.requestId, ex.basePath, ex.log, principal, this.services, req, this.requestOrigin),
    );
    if (result.sse) return this.stream(ex, result);
    this.send(ex, result.status, result.body, result.headers);
  }

  /** A failed authentication counts too (against the client's address), so 401s carry the headers and are limited. */
  private async authenticateCounted(ex: Exchange, operation: OperationDef, query: URLSearchParams, rateLimit: OperationRateLimit): Promise<Principal | null> {
    let principal: Principal | null = null;
    let failure: unknown;
    try {
      principal = await authenticate(operation, this.security, this.spec.securitySchemes, { headers: ex.req.headers, query });
    } catch (err) {
      failure = err;
    }
    try {
      ex.rateLimitHeaders = await rateLimit.count(principal, ex.req);
    } catch (err) {
      if (!(err instanceof HttpError) || err.status !== 429) throw err;
      ex.rateLimitHeaders = Object.fromEntries(Object.entries(err.headers ?? {}).filter(([name]) => name !== 'Retry-After'));
      ex.limited = err;
    }
    if (failure) throw failure;
    return principal;
  }

  /**
   * A request no operation serves counts against the API-wide limit, keyed as the operations key it (the caller's
   * subject when its credentials hold, else its address), so its 404, 405 or OPTIONS carries the headers too. Over
   * the limit it is still told what is wrong with it: the headers say the window is spent.
   */
  private async countUnmatched(ex: Exchange): Promise<void> {
    const { rateLimit, security } = this.unmatchedLimit!;
    try {
      await this.authenticateCounted(ex, security, NO_QUERY, rateLimit);
    } catch (err) {
      // Credentials that do not hold only change the key (the address): the answer stays the 404 or 405.
      if (!(err instanceof HttpError)) throw err;
    }
    if (ex.limited) ex.rateLimitHeaders = ex.limited.headers as Record<string, string>;
  }

  private readRequestBody(ex: Exchange, operation: OperationDef, validators: OperationValidators): BodyRead | Promise<BodyRead> {
    const declared = operation.requestBody;
    const headers = ex.req.headers;
    const hasBody = (headers['content-length'] !== undefined && headers['content-length'] !== '0') || headers['transfer-encoding'] !== undefined;
    if (!declared) {
      if (hasBody) ex.req.resume();
      return NO_BODY;
    }
    if (!hasBody) {
      return { body: undefined, issues: declared.required ? [{ location: 'body', path: '/', message: 'is required' }] : [] };
    }
    const type = mediaType(ex.req.headers['content-type']);
    const accepted = Object.keys(declared.content ?? {});
    const contentType = accepted.find((t) => t === type) ?? (type && /[/+]json$/.test(type) ? accepted.find((t) => t.endsWith('json')) : undefined);
    if (!contentType) {
      ex.req.resume();
      throw new HttpError(415, 'unsupported_media_type', `Content-Type must be ${accepted.join(' or ')}`, { received: type ?? null });
    }
    const charset = unreadableCharset(ex.req.headers['content-type']);
    if (charset !== undefined) {
      ex.req.resume();
      throw new HttpError(415, 'unsupported_media_type', `Request bodies must be UTF-8, not ${charset}`, { received: charset });
    }
    return readBody(ex.req, this.options.bodyLimitBytes).then((raw) => {
      const body = contentType.endsWith('json') ? parseJson(raw) : raw.toString('utf8');
      return { body, issues: validators.validateBody(contentType, body) };
    });
  }

  private meta(ex: Exchange): EnvelopeMeta {
    return { requestId: ex.requestId, durationMs: Math.round(performance.now() - ex.started) };
  }

  private send(ex: Exchange, status: number, body: unknown, headers?: Record<string, string | number>): void {
    // Without response validation the serializer converts database values itself, on the way out.
    let payload = body === undefined || !this.options.validateResponses ? body : toWire(body);
    if (payload !== undefined && status < 400 && this.plugin.decorateSuccess) payload = this.plugin.decorateSuccess(payload, this.meta(ex));
    const contentType = payload === undefined ? undefined : 'application/json';
    if (this.options.validateResponses && ex.operation) {
      const issues = ex.compiled!.validators.validateResponse(status, contentType, payload);
      if (issues) {
        ex.log.error({ requestId: ex.requestId, operationId: ex.operation.operationId, status, issues }, 'response does not match the spec');
        throw new HttpError(500, 'response_validation_failed', 'The server produced a response that does not match its contract', { status, issues });
      }
    }
    this.write(ex, status, payload, headers);
  }

  private write(ex: Exchange, status: number, payload: unknown, headers?: Record<string, string | number>, contentType = 'application/json'): void {
    const { res } = ex;
    if (res.headersSent) return;
    this.observe(ex, status);
    if (ex.rateLimitHeaders) for (const name in ex.rateLimitHeaders) res.setHeader(name, ex.rateLimitHeaders[name]);
    if (headers) for (const name in headers) res.setHeader(name, headers[name]);
    if (payload === undefined) {
      res.writeHead(status, { 'X-Request-Id': ex.requestId });
      res.end();
      return;
    }
    const serialize = ex.compiled ? ex.compiled.serializers.forStatus(status) : serializeAny;
    const text = serialize(payload) ?? 'null';
    res.writeHead(status, { 'X-Request-Id': ex.requestId, 'Content-Type': `${contentType}; charset=utf-8`, 'Content-Length': Buffer.byteLength(text) });
    res.end(ex.req.method === 'HEAD' ? undefined : text);
  }

  private async stream(ex: Exchange, result: HandlerResult): Promise<void> {
    this.observe(ex, 200);
    const headers = { ...ex.rateLimitHeaders, ...stringHeaders(result.headers), 'X-Request-Id': ex.requestId };
    const stream = openSseStream(ex.res, headers, this.options.sseKeepAliveMs, this.openStreams);
    const check = this.options.validateResponses && ex.operation ? streamItemCheck(ex.operation, ex.compiled!) : null;
    try {
      await result.sse!(check ? validatingStream(stream, check, ex.operation!.operationId) : stream);
    } catch (err) {
      ex.log.error({ err, requestId: ex.requestId }, 'event stream failed');
      stream.send({ event: 'error', data: { code: 'internal_error', message: 'The event stream failed' } });
    } finally {
      stream.end();
    }
  }

  /** Every response passes here once, as it is handed to the socket (an event stream: as it opens). */
  private observe(ex: Exchange, status: number): void {
    const observer = ex.compiled ? ex.compiled.observer : this.unmatched;
    observer.observe(ex.requestId, status, performance.now() - ex.started);
  }

  /** Every error leaves in the API's own envelope; anything that is not an HttpError is a logged 500. */
  sendError(ex: Exchange, err: unknown): void {
    // The client hung up while its body was being read: there is no one to answer, and nothing failed here.
    if ((err as NodeJS.ErrnoException)?.code === 'ECONNRESET' && ex.req.socket.destroyed) {
      ex.log.info({ requestId: ex.requestId, operationId: ex.operation?.operationId }, 'client closed the request before it was read');
      return;
    }
    const error = err instanceof HttpError ? err : new HttpError(500, 'internal_error', 'An unexpected error occurred');
    if (!(err instanceof HttpError) || error.status >= 500) {
      ex.log.error({ err, requestId: ex.requestId, operationId: ex.operation?.operationId }, 'request failed');
    }
    const body = this.plugin.renderError(error, this.meta(ex));
    const mismatch = this.errorMismatch(ex, error, body);
    const sent = mismatch ?? error;
    const sentBody = mismatch ? this.plugin.renderError(mismatch, this.meta(ex)) : body;
    this.write(ex, sent.status, sentBody, this.errorHeadersOf(sent, sentBody), this.plugin.errorContentType);
  }

  /** The API's own headers for an error answer, then the error's. */
  private errorHeadersOf(error: HttpError, body: unknown): Record<string, string | number> | undefined {
    return this.plugin.errorHeaders ? { ...this.plugin.errorHeaders(error, body), ...error.headers } : error.headers;
  }

  /**
   * Error bodies of a routed operation are held to the spec too. A client error (4xx) or a scaffold's 501 whose
   * status the operation does not declare is still sent as it is: bad input never becomes a 500, whatever the
   * spec says. The gap is logged at error level (`npm run generate` refuses such a spec for the framework's
   * own statuses); a scaffold's 501 is expected and not logged. An API with an error media type of its own
   * (problem+json for a third-party spec) holds a response to the spec only where the spec declares that type.
   */
  private errorMismatch(ex: Exchange, error: HttpError, body: unknown): HttpError | undefined {
    if (!this.options.validateResponses || !ex.operation || error.code === 'response_validation_failed') return undefined;
    const contentType = this.plugin.errorContentType ?? 'application/json';
    const declared = declaredResponse(ex.operation, error.status);
    const inItsFormat = declared && (!this.plugin.errorContentType || declared.content?.[contentType] !== undefined);
    if ((error.status < 500 || error.status === 501) && !inItsFormat) {
      if (error.status !== 501) {
        ex.log.error({ requestId: ex.requestId, operationId: ex.operation.operationId, status: error.status }, 'sent a status the spec does not declare for this operation');
      }
      return undefined;
    }
    const issues = ex.compiled!.validators.validateResponse(error.status, contentType, body);
    if (!issues) return undefined;
    ex.log.error({ requestId: ex.requestId, operationId: ex.operation.operationId, status: error.status, issues }, 'error response does not match the spec');
    return new HttpError(500, 'response_validation_failed', 'The server produced a response that does not match its contract', { status: error.status, issues });
  }

  /** Answers an error outside any operation (e.g. an unknown route reached through the host). */
  sendBareError(req: IncomingMessage, res: ServerResponse, requestId: string, err: HttpError): void {
    this.sendError({ req, res, requestId, basePath: '', started: performance.now(), log: this.options.logger }, err);
  }

  /** An error answered before there is a request to route (node:http could not parse it), in this API's envelope. */
  renderBareError(error: HttpError, requestId: string): { body: string; headers: Record<string, string | number> } {
    this.unmatched.observe(requestId, error.status, 0);
    const body = this.plugin.renderError(error, { requestId, durationMs: 0 });
    const contentType = `${this.plugin.errorContentType ?? 'application/json'}; charset=utf-8`;
    return { body: serializeAny(body) ?? 'null', headers: { ...this.errorHeadersOf(error, body), 'X-Request-Id': requestId, 'Content-Type': contentType } };
  }
}

const NO_QUERY = new URLSearchParams();
const invalidRequest = (errors: ValidationIssue[]) => new HttpError(400, 'validation_failed', 'Request is invalid', { errors });
const NO_BODY: BodyRead = Object.freeze({ body: undefined, issues: [] });

/** The handler's context; the request's child logger is made only when a handler logs. */
class HandlerContextImpl {
  private child?: Logger;

  constructor(
    readonly requestId: string,
    readonly basePath: string,
    private readonly base: Logger,
    readonly principal: Principal | null,
    readonly services: unknown,
    private readonly req: IncomingMessage,
    private readonly originOf: RequestOrigin,
  ) {}

  get log(): Logger {
    return (this.child ??= this.base.child({ requestId: this.requestId }));
  }

  get origin(): string {
    return this.originOf(this.req);
  }
}

/** The operation's stream-event check, compiled on its first stream. */
function streamItemCheck(operation: OperationDef, compiled: Compiled): ((frame: SseFrame) => string | null) | null {
  if (compiled.streamItems === undefined) {
    const schema = streamItemSchema(operation);
    compiled.streamItems = schema ? streamItemValidator(schema) : null;
  }
  return compiled.streamItems;
}

function stringHeaders(headers?: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, String(v)]));
}
