// generated — do not edit: produced by scripts/generate; implement handlers in src/handlers/lenserfight/.
import type { Handlers } from './server.js';
import { getHealth } from '../../src/handlers/lenserfight/getHealth.js';
import { listLenses } from '../../src/handlers/lenserfight/listLenses.js';
import { createDevToken } from '../../src/handlers/lenserfight/createDevToken.js';
import { executeLens } from '../../src/handlers/lenserfight/executeLens.js';
import { runWorkflow } from '../../src/handlers/lenserfight/runWorkflow.js';
import { getRunStatus } from '../../src/handlers/lenserfight/getRunStatus.js';
import { streamRunEvents } from '../../src/handlers/lenserfight/streamRunEvents.js';
import { provisionPartner } from '../../src/handlers/lenserfight/provisionPartner.js';
import { getPartnerBalance } from '../../src/handlers/lenserfight/getPartnerBalance.js';
import { refreshPartnerToken } from '../../src/handlers/lenserfight/refreshPartnerToken.js';
import { sendPartnerClaim } from '../../src/handlers/lenserfight/sendPartnerClaim.js';

export const handlers: Handlers = {
  getHealth,
  listLenses,
  createDevToken,
  executeLens,
  runWorkflow,
  getRunStatus,
  streamRunEvents,
  provisionPartner,
  getPartnerBalance,
  refreshPartnerToken,
  sendPartnerClaim,
};
