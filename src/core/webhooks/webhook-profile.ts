import type { PayloadValidator } from './webhook-schemas.js';
import type { RetryPolicy } from './retry-schedule.js';

/** Header names one API uses; receivers of different APIs already expect different names. */
export type WebhookHeaderNames = { signature: string; timestamp: string; eventId: string };

/** How one API signs, labels and validates what it sends. Registered once per API with the delivery service. */
export type WebhookProfile = {
  /** The API's slug; it also names the API's own delivery queue, so it must be letters, digits, `_` or `-`. */
  api: string;
  /** HMAC-SHA256 key for the signature header. */
  secret: string;
  headers?: Partial<WebhookHeaderNames>;
  /** Headers that depend on the event, e.g. HyperShift's `X-HyperShift-Event: run.created`. */
  extraHeaders?: (event: string) => Record<string, string>;
  /** One validator per event name, from the spec's `webhooks` or `callbacks` (see SpecWebhookSchemas). */
  validators: Record<string, PayloadValidator>;
  /** Overrides the service's attempts and backoff for this API, where its spec promises its own. */
  retry?: Partial<RetryPolicy>;
};

export const DEFAULT_HEADER_NAMES: WebhookHeaderNames = {
  signature: 'Webhook-Signature',
  timestamp: 'Webhook-Timestamp',
  eventId: 'Webhook-Id',
};

/** Every header of one attempt except Content-Type and Content-Length. */
export function profileHeaders(
  profile: WebhookProfile,
  attempt: { event: string; eventId: string; timestamp: number; signature: string },
): Record<string, string> {
  const names = { ...DEFAULT_HEADER_NAMES, ...profile.headers };
  return {
    ...profile.extraHeaders?.(attempt.event),
    [names.eventId]: attempt.eventId,
    [names.timestamp]: String(attempt.timestamp),
    [names.signature]: attempt.signature,
  };
}
