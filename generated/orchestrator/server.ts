// generated — do not edit: produced by scripts/generate from the bundled spec.
import type { operations } from './types.js';
import type { HandlerContext, ResponseHeaders } from '../../src/core/handler-types.js';
import type { Services } from '../../src/apis/orchestrator/services.js';

export type LoginRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['login']['requestBody']>['content']['application/json'];
};
export type LoginResponse =
  | { status: 200; body: operations['login']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['login']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['login']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['login']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['login']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['login']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['login']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RefreshTokenRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['refreshToken']['requestBody']>['content']['application/json'];
};
export type RefreshTokenResponse =
  | { status: 200; body: operations['refreshToken']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['refreshToken']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['refreshToken']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['refreshToken']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['refreshToken']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['refreshToken']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['refreshToken']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type LogoutRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type LogoutResponse =
  | { status: 200; body: operations['logout']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['logout']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['logout']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['logout']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetCurrentUserRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetCurrentUserResponse =
  | { status: 200; body: operations['getCurrentUser']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getCurrentUser']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getCurrentUser']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getCurrentUser']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type UpdateCurrentUserRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['updateCurrentUser']['requestBody']>['content']['application/json'];
};
export type UpdateCurrentUserResponse =
  | { status: 200; body: operations['updateCurrentUser']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateCurrentUser']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateCurrentUser']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateCurrentUser']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateCurrentUser']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['updateCurrentUser']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['updateCurrentUser']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListOrganizationsRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListOrganizationsResponse =
  | { status: 200; body: operations['listOrganizations']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listOrganizations']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['listOrganizations']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listOrganizations']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateOrganizationRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createOrganization']['requestBody']>['content']['application/json'];
};
export type CreateOrganizationResponse =
  | { status: 201; body: operations['createOrganization']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createOrganization']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['createOrganization']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['createOrganization']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createOrganization']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createOrganization']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['createOrganization']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createOrganization']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetOrganizationRequest = {
  params: NonNullable<operations['getOrganization']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetOrganizationResponse =
  | { status: 200; body: operations['getOrganization']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getOrganization']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getOrganization']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getOrganization']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getOrganization']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getOrganization']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListAgentsRequest = {
  params: Record<string, never>;
  query: NonNullable<operations['listAgents']['parameters']['query']>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListAgentsResponse =
  | { status: 200; body: operations['listAgents']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['listAgents']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listAgents']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['listAgents']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listAgents']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateAgentRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createAgent']['requestBody']>['content']['application/json'];
};
export type CreateAgentResponse =
  | { status: 201; body: operations['createAgent']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['createAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['createAgent']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['createAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createAgent']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createAgent']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['createAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetAgentRequest = {
  params: NonNullable<operations['getAgent']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetAgentResponse =
  | { status: 200; body: operations['getAgent']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type UpdateAgentRequest = {
  params: NonNullable<operations['updateAgent']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['updateAgent']['requestBody']>['content']['application/json'];
};
export type UpdateAgentResponse =
  | { status: 200; body: operations['updateAgent']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateAgent']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateAgent']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateAgent']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['updateAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['updateAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type DeleteAgentRequest = {
  params: NonNullable<operations['deleteAgent']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type DeleteAgentResponse =
  | { status: 200; body: operations['deleteAgent']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteAgent']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['deleteAgent']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['deleteAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['deleteAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type DeployAgentRequest = {
  params: NonNullable<operations['deployAgent']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type DeployAgentResponse =
  | { status: 200; body: operations['deployAgent']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['deployAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['deployAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['deployAgent']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['deployAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['deployAgent']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['deployAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['deployAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['deployAgent']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type UndeployAgentRequest = {
  params: NonNullable<operations['undeployAgent']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type UndeployAgentResponse =
  | { status: 200; body: operations['undeployAgent']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['undeployAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['undeployAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['undeployAgent']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['undeployAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['undeployAgent']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['undeployAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['undeployAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['undeployAgent']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type ListAgentWorkflowsRequest = {
  params: NonNullable<operations['listAgentWorkflows']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListAgentWorkflowsResponse =
  | { status: 200; body: operations['listAgentWorkflows']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['listAgentWorkflows']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listAgentWorkflows']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['listAgentWorkflows']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['listAgentWorkflows']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listAgentWorkflows']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateWorkflowRequest = {
  params: NonNullable<operations['createWorkflow']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createWorkflow']['requestBody']>['content']['application/json'];
};
export type CreateWorkflowResponse =
  | { status: 201; body: operations['createWorkflow']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['createWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['createWorkflow']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['createWorkflow']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createWorkflow']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createWorkflow']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['createWorkflow']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createWorkflow']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetWorkflowRequest = {
  params: NonNullable<operations['getWorkflow']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetWorkflowResponse =
  | { status: 200; body: operations['getWorkflow']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getWorkflow']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getWorkflow']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getWorkflow']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type UpdateWorkflowRequest = {
  params: NonNullable<operations['updateWorkflow']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['updateWorkflow']['requestBody']>['content']['application/json'];
};
export type UpdateWorkflowResponse =
  | { status: 200; body: operations['updateWorkflow']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateWorkflow']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateWorkflow']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateWorkflow']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateWorkflow']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['updateWorkflow']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['updateWorkflow']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ExecuteWorkflowRequest = {
  params: NonNullable<operations['executeWorkflow']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['executeWorkflow']['requestBody']>['content']['application/json'] | undefined;
};
export type ExecuteWorkflowResponse =
  | { status: 202; body: operations['executeWorkflow']['responses'][202]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['executeWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['executeWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['executeWorkflow']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['executeWorkflow']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['executeWorkflow']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['executeWorkflow']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['executeWorkflow']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['executeWorkflow']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['executeWorkflow']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['executeWorkflow']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type ListExecutionsRequest = {
  params: Record<string, never>;
  query: NonNullable<operations['listExecutions']['parameters']['query']>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListExecutionsResponse =
  | { status: 200; body: operations['listExecutions']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['listExecutions']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listExecutions']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['listExecutions']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listExecutions']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetExecutionRequest = {
  params: NonNullable<operations['getExecution']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetExecutionResponse =
  | { status: 200; body: operations['getExecution']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getExecution']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getExecution']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getExecution']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getExecution']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getExecution']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type PublishAgentRequest = {
  params: NonNullable<operations['publishAgent']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['publishAgent']['requestBody']>['content']['application/json'];
};
export type PublishAgentResponse =
  | { status: 200; body: operations['publishAgent']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['publishAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['publishAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['publishAgent']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['publishAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['publishAgent']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['publishAgent']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['publishAgent']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['publishAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['publishAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['publishAgent']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type GetAgentMarketplaceIntegrationRequest = {
  params: NonNullable<operations['getAgentMarketplaceIntegration']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetAgentMarketplaceIntegrationResponse =
  | { status: 200; body: operations['getAgentMarketplaceIntegration']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getAgentMarketplaceIntegration']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getAgentMarketplaceIntegration']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getAgentMarketplaceIntegration']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getAgentMarketplaceIntegration']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getAgentMarketplaceIntegration']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['getAgentMarketplaceIntegration']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type UnpublishAgentRequest = {
  params: NonNullable<operations['unpublishAgent']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type UnpublishAgentResponse =
  | { status: 200; body: operations['unpublishAgent']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['unpublishAgent']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['unpublishAgent']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['unpublishAgent']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['unpublishAgent']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['unpublishAgent']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['unpublishAgent']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['unpublishAgent']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['unpublishAgent']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type GetAgentContainerRequest = {
  params: NonNullable<operations['getAgentContainer']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetAgentContainerResponse =
  | { status: 200; body: operations['getAgentContainer']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getAgentContainer']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getAgentContainer']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getAgentContainer']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getAgentContainer']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getAgentContainer']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['getAgentContainer']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type RestartAgentContainerRequest = {
  params: NonNullable<operations['restartAgentContainer']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type RestartAgentContainerResponse =
  | { status: 202; body: operations['restartAgentContainer']['responses'][202]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['restartAgentContainer']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['restartAgentContainer']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['restartAgentContainer']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['restartAgentContainer']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['restartAgentContainer']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['restartAgentContainer']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['restartAgentContainer']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['restartAgentContainer']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type GetAgentContainerLogsRequest = {
  params: NonNullable<operations['getAgentContainerLogs']['parameters']['path']>;
  query: NonNullable<operations['getAgentContainerLogs']['parameters']['query']>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetAgentContainerLogsResponse =
  | { status: 200; body: operations['getAgentContainerLogs']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getAgentContainerLogs']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getAgentContainerLogs']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getAgentContainerLogs']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getAgentContainerLogs']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getAgentContainerLogs']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['getAgentContainerLogs']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export interface Operations {
  login: { request: LoginRequest; response: LoginResponse; secured: false };
  refreshToken: { request: RefreshTokenRequest; response: RefreshTokenResponse; secured: false };
  logout: { request: LogoutRequest; response: LogoutResponse; secured: true };
  getCurrentUser: { request: GetCurrentUserRequest; response: GetCurrentUserResponse; secured: true };
  updateCurrentUser: { request: UpdateCurrentUserRequest; response: UpdateCurrentUserResponse; secured: true };
  listOrganizations: { request: ListOrganizationsRequest; response: ListOrganizationsResponse; secured: true };
  createOrganization: { request: CreateOrganizationRequest; response: CreateOrganizationResponse; secured: true };
  getOrganization: { request: GetOrganizationRequest; response: GetOrganizationResponse; secured: true };
  listAgents: { request: ListAgentsRequest; response: ListAgentsResponse; secured: true };
  createAgent: { request: CreateAgentRequest; response: CreateAgentResponse; secured: true };
  getAgent: { request: GetAgentRequest; response: GetAgentResponse; secured: true };
  updateAgent: { request: UpdateAgentRequest; response: UpdateAgentResponse; secured: true };
  deleteAgent: { request: DeleteAgentRequest; response: DeleteAgentResponse; secured: true };
  deployAgent: { request: DeployAgentRequest; response: DeployAgentResponse; secured: true };
  undeployAgent: { request: UndeployAgentRequest; response: UndeployAgentResponse; secured: true };
  listAgentWorkflows: { request: ListAgentWorkflowsRequest; response: ListAgentWorkflowsResponse; secured: true };
  createWorkflow: { request: CreateWorkflowRequest; response: CreateWorkflowResponse; secured: true };
  getWorkflow: { request: GetWorkflowRequest; response: GetWorkflowResponse; secured: true };
  updateWorkflow: { request: UpdateWorkflowRequest; response: UpdateWorkflowResponse; secured: true };
  executeWorkflow: { request: ExecuteWorkflowRequest; response: ExecuteWorkflowResponse; secured: true };
  listExecutions: { request: ListExecutionsRequest; response: ListExecutionsResponse; secured: true };
  getExecution: { request: GetExecutionRequest; response: GetExecutionResponse; secured: true };
  publishAgent: { request: PublishAgentRequest; response: PublishAgentResponse; secured: true };
  getAgentMarketplaceIntegration: { request: GetAgentMarketplaceIntegrationRequest; response: GetAgentMarketplaceIntegrationResponse; secured: true };
  unpublishAgent: { request: UnpublishAgentRequest; response: UnpublishAgentResponse; secured: true };
  getAgentContainer: { request: GetAgentContainerRequest; response: GetAgentContainerResponse; secured: true };
  restartAgentContainer: { request: RestartAgentContainerRequest; response: RestartAgentContainerResponse; secured: true };
  getAgentContainerLogs: { request: GetAgentContainerLogsRequest; response: GetAgentContainerLogsResponse; secured: true };
}

export type OperationId = keyof Operations;

export type Handler<K extends OperationId> = (
  req: Operations[K]['request'],
  ctx: HandlerContext<Operations[K]['secured'], Services>,
) => Promise<Operations[K]['response']>;

export type Handlers = { [K in OperationId]: Handler<K> };

export const operationIds = ['login', 'refreshToken', 'logout', 'getCurrentUser', 'updateCurrentUser', 'listOrganizations', 'createOrganization', 'getOrganization', 'listAgents', 'createAgent', 'getAgent', 'updateAgent', 'deleteAgent', 'deployAgent', 'undeployAgent', 'listAgentWorkflows', 'createWorkflow', 'getWorkflow', 'updateWorkflow', 'executeWorkflow', 'listExecutions', 'getExecution', 'publishAgent', 'getAgentMarketplaceIntegration', 'unpublishAgent', 'getAgentContainer', 'restartAgentContainer', 'getAgentContainerLogs'] as const satisfies readonly OperationId[];
