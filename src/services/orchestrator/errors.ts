import { HttpError } from '../../core/http-error.js';

/** The Orchestrator's errors; the plugin renders each status with its spec code (decision: codes map 1:1 to statuses). */
export const unauthenticated = (message = 'Access token is missing, invalid or expired') => new HttpError(401, 'AUTHENTICATION_ERROR', message);
export const forbidden = (message = 'Insufficient permissions', reason?: string) =>
  new HttpError(403, 'AUTHORIZATION_ERROR', message, reason ? { errors: [{ message: reason }] } : undefined);
export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new HttpError(409, 'CONFLICT', message);
export const invalid = (field: string, message: string) => new HttpError(400, 'VALIDATION_ERROR', 'Invalid request data', { errors: [{ path: field, message }] });
export const unavailable = (what: string, retryAfterSeconds = 5, reason = `${what} did not respond`) =>
  new HttpError(503, 'SERVICE_UNAVAILABLE', 'Service temporarily unavailable', { errors: [{ message: reason }] }, { 'Retry-After': String(retryAfterSeconds) });
