// generated — do not edit: produced by scripts/generate; implement handlers in src/handlers/hybrid/.
import type { Handlers } from './server.js';
import { storeToken } from '../../src/handlers/hybrid/storeToken.js';
import { deleteToken } from '../../src/handlers/hybrid/deleteToken.js';
import { runHybridPrompt } from '../../src/handlers/hybrid/runHybridPrompt.js';
import { runWorkflow } from '../../src/handlers/hybrid/runWorkflow.js';
import { getJobStatus } from '../../src/handlers/hybrid/getJobStatus.js';
import { listWorkflows } from '../../src/handlers/hybrid/listWorkflows.js';
import { createWorkflow } from '../../src/handlers/hybrid/createWorkflow.js';
import { getWorkflow } from '../../src/handlers/hybrid/getWorkflow.js';
import { deleteWorkflow } from '../../src/handlers/hybrid/deleteWorkflow.js';
import { listModels } from '../../src/handlers/hybrid/listModels.js';
import { checkModelHealth } from '../../src/handlers/hybrid/checkModelHealth.js';

export const handlers: Handlers = {
  storeToken,
  deleteToken,
  runHybridPrompt,
  runWorkflow,
  getJobStatus,
  listWorkflows,
  createWorkflow,
  getWorkflow,
  deleteWorkflow,
  listModels,
  checkModelHealth,
};
