// generated — do not edit: produced by scripts/generate; implement handlers in src/handlers/hypershift/.
import type { Handlers } from './server.js';
import { createWorkspace } from '../../src/handlers/hypershift/createWorkspace.js';
import { getWorkspace } from '../../src/handlers/hypershift/getWorkspace.js';
import { updateWorkspaceTier } from '../../src/handlers/hypershift/updateWorkspaceTier.js';
import { listRuns } from '../../src/handlers/hypershift/listRuns.js';
import { createRun } from '../../src/handlers/hypershift/createRun.js';
import { getRun } from '../../src/handlers/hypershift/getRun.js';
import { startRun } from '../../src/handlers/hypershift/startRun.js';
import { approveRun } from '../../src/handlers/hypershift/approveRun.js';
import { rejectRun } from '../../src/handlers/hypershift/rejectRun.js';
import { rollbackRun } from '../../src/handlers/hypershift/rollbackRun.js';
import { replayRun } from '../../src/handlers/hypershift/replayRun.js';
import { getRunLogs } from '../../src/handlers/hypershift/getRunLogs.js';
import { getUsage } from '../../src/handlers/hypershift/getUsage.js';
import { listRunOutcomes } from '../../src/handlers/hypershift/listRunOutcomes.js';
import { getSlo } from '../../src/handlers/hypershift/getSlo.js';
import { getHealth } from '../../src/handlers/hypershift/getHealth.js';
import { getStatus } from '../../src/handlers/hypershift/getStatus.js';
import { whatIf } from '../../src/handlers/hypershift/whatIf.js';
import { getFleetHealth } from '../../src/handlers/hypershift/getFleetHealth.js';
import { getDeployment } from '../../src/handlers/hypershift/getDeployment.js';

export const handlers: Handlers = {
  createWorkspace,
  getWorkspace,
  updateWorkspaceTier,
  listRuns,
  createRun,
  getRun,
  startRun,
  approveRun,
  rejectRun,
  rollbackRun,
  replayRun,
  getRunLogs,
  getUsage,
  listRunOutcomes,
  getSlo,
  getHealth,
  getStatus,
  whatIf,
  getFleetHealth,
  getDeployment,
};
