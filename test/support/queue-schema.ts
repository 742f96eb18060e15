/**
 * The job queue's schema for this test file's servers. Test files run side by side on one shared Postgres; with
 * one queue schema, a job sent by one file's server could run on another file's, without the first one's stubs.
 * Each file (its own process) keeps its jobs in its own schema; its servers share it, so restarts find their jobs.
 */
export const testQueueSchema = process.env.QUEUE_SCHEMA || `pgboss_test_${process.pid}`;

/**
 * A queue schema of its own, for a server started beside the file's others with different stubs: on a shared
 * Postgres the others' workers would otherwise claim its jobs (a job meant to stall on a slow model then runs fast
 * elsewhere, and a test stopping this server's queue finds nothing of its own under way).
 */
export const ownQueueSchema = (tag: string): string => `${testQueueSchema}_${tag}`;
