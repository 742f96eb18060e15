import { isMalformedJson } from '../../core/body-reader.js';
import type { HttpError } from '../../core/http-error.js';
import { isMissingProperty, type ValidationIssue } from '../../core/validators.js';

const LOCATION_NAMES: Record<string, string> = { query: 'query parameter', path: 'path parameter', header: 'header' };

// A text the agent is given must hold more than whitespace (`minLength: 1`, `pattern: '\S'`): either failure is "empty".
const EMPTY_TEXT = new Set(['must NOT have fewer than 1 characters', 'must match pattern "\\S"']);
const problem = (message: string) => (EMPTY_TEXT.has(message) ? 'must not be empty' : message);

/**
 * The first problem with a request, in the words of the spec's examples (`request is required`, `amount_sats must be
 * an integer between 100 and 10000`, `Missing required query parameter 'request'`): this API's error body is one
 * string, so the string has to say what is wrong.
 */
function validationMessage(issues: ValidationIssue[]): string {
  const first = issues[0];
  if (!first) return 'Request is invalid';
  const missing = isMissingProperty(first.message);
  const field = first.path.slice(1).replace(/\//g, '.');
  if (first.location !== 'body') {
    const where = LOCATION_NAMES[first.location] ?? first.location;
    return missing ? `Missing required ${where} '${field}'` : `${where} '${field}' ${problem(first.message)}`;
  }
  if (first.path === '/' && first.message === 'is required') return 'Request body is required';
  if (missing) return `${field} is required`;
  if (field === 'amount_sats') return 'amount_sats must be an integer between 100 and 10000';
  return `${field || 'Request body'} ${problem(first.message)}`;
}

/** The Lightning jobs API answers every error as `{error: string}`. */
export function lightningErrorBody(error: HttpError): { error: string } {
  if (error.code === 'validation_failed') return { error: validationMessage((error.details?.errors as ValidationIssue[] | undefined) ?? []) };
  // The refund's invoice checks are `bad_request`s of their own, with their own words.
  if (isMalformedJson(error)) return { error: 'Malformed JSON in request body' };
  return { error: error.message };
}
