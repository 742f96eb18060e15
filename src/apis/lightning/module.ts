import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { JOB_STEP_GIVE_UP_QUEUE, JOB_STEP_QUEUE, type JobStep } from '../../services/lightning/job-service.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { lightningPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

/** Lightning-paid agent jobs: invoices, the job state machine, pre-funded sessions, the demo and chat. */
export const lightningModule: Module<Services> = {
  slug: 'lightning',
  specFile: generatedSpecFile('lightning'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'lightning', 'migrations'),
  queues: [JOB_STEP_QUEUE, JOB_STEP_GIVE_UP_QUEUE],
  createServices: buildServices,
  plugin: lightningPlugin,
  async start(services, { queue, logger }) {
    queue.work<JobStep>(JOB_STEP_QUEUE, services.config.workerConcurrency, ({ jobId }, job) => services.jobs.runStep(jobId, job.signal));
    queue.work<JobStep>(JOB_STEP_GIVE_UP_QUEUE, 1, ({ jobId }) => services.jobs.giveUp(jobId));
    logger.info({ backend: services.backend.kind, network: services.config.network }, `lightning backend: ${services.backend.kind}`);
  },
  /** A session funded through the stub backend (a real one would need a real payment): its macaroon. */
  async devCredentials({ sessions, stub }) {
    if (!stub) throw new Error('lightning: development credentials need the stub backend (LNBITS_URL unset)');
    const { sessionId, invoice } = await sessions.create(10_000);
    if (!invoice.paymentHash) throw new Error('lightning: the stub issued an invoice without its payment hash');
    await stub.markPaid(invoice.paymentHash);
    const { macaroon } = await sessions.get(sessionId);
    return { Authorization: `Bearer ${macaroon}` };
  },
};
