import type { Logger } from 'pino';
import type { Accounts } from '../../services/orchestrator/accounts.js';

/** The development server's demo account, printed in the start-up log and the README. */
export const DEMO_USER = { email: 'demo@orchestrator.local', password: 'demo-password-123' } as const;

/** Creates the demo user once (first start) and logs its credentials on every development start. */
export async function seedDemoUser(accounts: Accounts, logger: Logger): Promise<void> {
  if (!(await accounts.findByEmail(DEMO_USER.email))) {
    await accounts
      .create({ ...DEMO_USER, tier: 'pro', firstName: 'Demo', lastName: 'User', emailVerified: true })
      // Another process starting at the same moment may have created it first.
      .catch(async (err) => {
        if (!(await accounts.findByEmail(DEMO_USER.email))) throw err;
      });
  }
  logger.info({ email: DEMO_USER.email }, `orchestrator demo user: ${DEMO_USER.email} / ${DEMO_USER.password} (development only)`);
}
