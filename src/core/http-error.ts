/** The one error type: every failure a client sees is an HttpError mapped to the API's own envelope at the edge. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, details?: Record<string, unknown>, code = 'bad_request') =>
  new HttpError(400, code, message, details);
export const notFound = (message = 'Resource not found') => new HttpError(404, 'not_found', message);
