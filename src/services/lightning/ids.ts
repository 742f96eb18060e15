import { randomBytes } from 'node:crypto';

/**
 * Job and session ids are capabilities (their routes take no other credential): 128 random bits, base64url.
 * A UUID would carry only 122, and its fixed version digits tell nothing a client needs.
 */
export const newCapabilityId = (): string => randomBytes(16).toString('base64url');
