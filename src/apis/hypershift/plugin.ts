import type { ApiPlugin } from '../../core/api-plugin.js';
import type { HttpError } from '../../core/http-error.js';
import { handlers } from '../../../generated/hypershift/handlers.js';
import { generatedSpecFile } from '../generated-spec.js';

function codeOf(error: HttpError): string {
  if (error.code === 'bad_request') return 'INVALID_JSON';
  if (error.status === 400 || error.status === 413 || error.status === 415) return 'VALIDATION_ERROR';
  if (error.status === 401) return 'UNAUTHORIZED';
  if (error.status === 404) return 'NOT_FOUND';
  return error.status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_ERROR';
}

/** HyperShift: `{error: message, code}` with the spec's upper-case codes. */
export function hypershiftPlugin(): ApiPlugin {
  return {
    slug: 'hypershift',
    specFile: generatedSpecFile('hypershift'),
    handlers,
    renderError: (error) => ({ error: error.message, code: codeOf(error) }),
  };
}
