/** An API's error answer as the user sees it: status, message and the id to quote when asking about it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly requestId: string | undefined,
    readonly code: string | undefined,
    /** What the API listed as wrong (`details.errors` and the like), one line each. */
    readonly details: string[] = [],
    /** A 429's or 503's `Retry-After`, in seconds: when asking again can succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

type Answer = { status: number; data: unknown; headers?: Headers };
type Success<R> = Extract<R, { status: 200 | 201 | 202 | 204 }>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Each API has its own error envelope ({error:{code,message}}, {error: "..."}, {code, message}, problem+json);
 * this reads the message and the request or correlation id from whichever it is.
 */
export function problemOf(answer: Answer): ApiProblem {
  const body = isObject(answer.data) ? answer.data : {};
  const error = isObject(body.error) ? body.error : {};
  const meta = isObject(body.meta) ? body.meta : {};
  const message = text(error.message) ?? text(body.error) ?? text(body.message) ?? text(body.detail) ?? text(body.title) ?? text(answer.data) ?? `HTTP ${answer.status}`;
  const requestId =
    text(error.correlation_id) ?? text(meta.requestId) ?? text(body.request_id) ?? answer.headers?.get('x-correlation-id') ?? answer.headers?.get('x-request-id') ?? undefined;
  return new ApiProblem(
    answer.status,
    message,
    requestId,
    text(error.code) ?? text(body.code),
    listed(itemised(error.details ?? body.details)),
    secondsUntil(answer.headers?.get('retry-after')),
  );
}

/** `Retry-After` is seconds or an HTTP date (RFC 9110); the messages ('Rate limit of 10 requests per 60 s exceeded') do not say it. */
function secondsUntil(retryAfter: string | null | undefined): number | undefined {
  if (!retryAfter) return undefined;
  const seconds = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : Math.ceil((Date.parse(retryAfter) - Date.now()) / 1000);
  return Number.isFinite(seconds) ? Math.max(seconds, 1) : undefined;
}

/** The itemised problems: the Orchestrator's `details` is the list itself, the others' an object holding it. */
function itemised(details: unknown): unknown {
  if (Array.isArray(details)) return details;
  return isObject(details) ? (details.errors ?? details.missing) : undefined;
}

function listed(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.map((item) => {
    if (!isObject(item)) return String(item);
    const where = text(item.path) ?? text(item.field) ?? text(item.location);
    const what = text(item.message) ?? JSON.stringify(item);
    return where ? `${where}: ${what}` : what;
  });
}

/** The answer when it is a success; an ApiProblem (thrown, so React Query shows it as the error) otherwise. */
export function success<R extends Answer>(answer: R): Success<R> {
  if (answer.status >= 400) throw problemOf(answer);
  return answer as Success<R>;
}

/**
 * The 401 a read or an action answered, from a query or mutation cache event. The generated fetch resolves error
 * answers (the pages' `select: success` and useAction turn them into errors only for the component), so the caches
 * see them as successes.
 */
export function unauthorizedAnswer(event: { type: string; action?: { type: string; data?: unknown } }): ApiProblem | undefined {
  if (event.type !== 'updated' || event.action?.type !== 'success') return undefined;
  const answer = event.action.data;
  if (!isObject(answer) || answer.status !== 401) return undefined;
  return problemOf(answer as Answer);
}
