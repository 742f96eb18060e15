// generated — do not edit: produced by scripts/generate; implement handlers in src/handlers/orchestrator/.
import type { Handlers } from './server.js';
import { login } from '../../src/handlers/orchestrator/login.js';
import { refreshToken } from '../../src/handlers/orchestrator/refreshToken.js';
import { logout } from '../../src/handlers/orchestrator/logout.js';
import { getCurrentUser } from '../../src/handlers/orchestrator/getCurrentUser.js';
import { updateCurrentUser } from '../../src/handlers/orchestrator/updateCurrentUser.js';
import { listOrganizations } from '../../src/handlers/orchestrator/listOrganizations.js';
import { createOrganization } from '../../src/handlers/orchestrator/createOrganization.js';
import { getOrganization } from '../../src/handlers/orchestrator/getOrganization.js';
import { listAgents } from '../../src/handlers/orchestrator/listAgents.js';
import { createAgent } from '../../src/handlers/orchestrator/createAgent.js';
import { getAgent } from '../../src/handlers/orchestrator/getAgent.js';
import { updateAgent } from '../../src/handlers/orchestrator/updateAgent.js';
import { deleteAgent } from '../../src/handlers/orchestrator/deleteAgent.js';
import { deployAgent } from '../../src/handlers/orchestrator/deployAgent.js';
import { undeployAgent } from '../../src/handlers/orchestrator/undeployAgent.js';
import { listAgentWorkflows } from '../../src/handlers/orchestrator/listAgentWorkflows.js';
import { createWorkflow } from '../../src/handlers/orchestrator/createWorkflow.js';
import { getWorkflow } from '../../src/handlers/orchestrator/getWorkflow.js';
import { updateWorkflow } from '../../src/handlers/orchestrator/updateWorkflow.js';
import { executeWorkflow } from '../../src/handlers/orchestrator/executeWorkflow.js';
import { listExecutions } from '../../src/handlers/orchestrator/listExecutions.js';
import { getExecution } from '../../src/handlers/orchestrator/getExecution.js';
import { publishAgent } from '../../src/handlers/orchestrator/publishAgent.js';
import { getAgentMarketplaceIntegration } from '../../src/handlers/orchestrator/getAgentMarketplaceIntegration.js';
import { unpublishAgent } from '../../src/handlers/orchestrator/unpublishAgent.js';
import { getAgentContainer } from '../../src/handlers/orchestrator/getAgentContainer.js';
import { restartAgentContainer } from '../../src/handlers/orchestrator/restartAgentContainer.js';
import { getAgentContainerLogs } from '../../src/handlers/orchestrator/getAgentContainerLogs.js';

export const handlers: Handlers = {
  login,
  refreshToken,
  logout,
  getCurrentUser,
  updateCurrentUser,
  listOrganizations,
  createOrganization,
  getOrganization,
  listAgents,
  createAgent,
  getAgent,
  updateAgent,
  deleteAgent,
  deployAgent,
  undeployAgent,
  listAgentWorkflows,
  createWorkflow,
  getWorkflow,
  updateWorkflow,
  executeWorkflow,
  listExecutions,
  getExecution,
  publishAgent,
  getAgentMarketplaceIntegration,
  unpublishAgent,
  getAgentContainer,
  restartAgentContainer,
  getAgentContainerLogs,
};
