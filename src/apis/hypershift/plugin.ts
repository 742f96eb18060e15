import type { ModuleEdge } from '../../core/api-module.js';
import type { HttpError } from '../../core/http-error.js';
import { configuredApiKey } from '../../core/security.js';
import { handlers } from '../../../generated/hypershift/handlers.js';
import type { PluginDeps } from '../plugin-deps.js';
import { hypershiftConfig } from './config.js';

type Issue = { location: string; path: string; message: string };

const SPEC_CODE = /^[A-Z][A-Z_]+$/;
const TENANCY_HEADER = /^\/X-(?:Workspace|Org)-Id$/;

/** ajv names a `type: [string, 'null']` as `must be string,null`; a client reads `must be string or null`. */
const readable = (message: string) => message.replace(/^must be ([a-z]+(?:,[a-z]+)+)$/, (_, types: string) => `must be ${types.split(',').join(' or ')}`);

/**
 * A missing intent, or one without a description (absent, empty or blank), is the seed's bare `Invalid user_intent`.
 * Any other fault of a field names the field and what it must be: a 4001-character description or a numeric target
 * answered the same bare words, and the client could not tell what to change.
 */
function invalidIntent(issue: Issue): string {
  const withoutDescription = issue.path === '/user_intent/description' && /^must (?:have required property|NOT have fewer than|match pattern)/.test(issue.message);
  if (issue.path === '/user_intent' || withoutDescription) return 'Invalid user_intent';
  return `Invalid user_intent: ${issue.path.slice(1).replace(/\//g, '.')} ${readable(issue.message)}`;
}

/** A request that failed validation, told the way the spec's examples tell it, with the spec's code. */
function validationError(issues: Issue[]): { error: string; code: string } {
  const bodyIssue = (prefix: string) => issues.find((i) => i.location === 'body' && (i.path === prefix || i.path.startsWith(`${prefix}/`)));
  const intent = bodyIssue('/user_intent');
  if (intent) return { error: invalidIntent(intent), code: 'INVALID_USER_INTENT' };
  if (bodyIssue('/tier')) return { error: 'tier must be "free" or "pro"', code: 'INVALID_TIER' };
  // Decision 20: the pattern forbids a comma, which is how Node joins a header sent twice; say so, not the regex.
  const listed = issues.find((i) => i.location === 'header' && TENANCY_HEADER.test(i.path) && i.message.startsWith('must match pattern'));
  if (listed) return { error: `${listed.path.slice(1)} must be one workspace id: send the header once, without a comma`, code: 'VALIDATION_ERROR' };
  const first = issues[0];
  if (!first) return { error: 'Request is invalid', code: 'VALIDATION_ERROR' };
  const name = first.path === '/' ? (first.location === 'body' ? 'Request body' : first.location) : first.path.slice(1).replace(/\//g, '.');
  return { error: `${name} ${readable(first.message)}`, code: 'VALIDATION_ERROR' };
}

function render(error: HttpError): Record<string, unknown> {
  if (SPEC_CODE.test(error.code)) return { error: error.message, code: error.code, ...(error.status === 402 ? error.details : {}) };
  if (error.code === 'validation_failed') return validationError((error.details?.errors as Issue[] | undefined) ?? []);
  if (error.code === 'bad_request') return { error: 'Malformed JSON body', code: 'INVALID_JSON' };
  if (error.status === 401) return { error: 'Invalid or missing X-Webhook-Secret', code: 'UNAUTHORIZED' };
  if (error.status === 404) return { error: error.message, code: 'NOT_FOUND' };
  if (error.status >= 500) return { error: error.status === 500 ? 'Internal server error' : error.message, code: 'INTERNAL_ERROR' };
  return { error: error.message, code: 'VALIDATION_ERROR' };
}

/** HyperShift: `{error, code}` with the spec's upper-case codes; 402 adds current, limit, period and tier. */
export function hypershiftPlugin({ config }: PluginDeps): ModuleEdge {
  return {
    handlers,
    renderError: (error) => render(error),
    // Decision 4: X-Webhook-Secret guards the tier change only when WORKSPACE_TIER_UPDATE_SECRET is set.
    security: { webhookSecret: configuredApiKey(hypershiftConfig(config).tierUpdateSecret, 'tier-updater') },
  };
}
