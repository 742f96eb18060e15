import type { EnvelopeMeta } from './api-plugin.js';
import type { HttpError } from './http-error.js';

/** RFC 9457's media type: the error format of an API that declares no envelope of its own. */
export const PROBLEM_JSON = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/** An HttpError as an RFC 9457 problem: `type`, `title`, `status`, `detail`, plus the framework's `code` and details. */
export function renderProblem(error: HttpError, meta: EnvelopeMeta): Record<string, unknown> {
  return {
    type: 'about:blank',
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.details ? { details: error.details } : {}),
    requestId: meta.requestId,
  };
}
