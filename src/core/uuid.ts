/** A UUID in its plain hex form, the only form a Postgres uuid column reads back (no `urn:uuid:`, no braces). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
