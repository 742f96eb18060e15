// generated — do not edit: produced by scripts/generate from the bundled spec.
import type { operations } from './types.js';
import type { HandlerContext, ResponseHeaders } from '../../src/core/handler-types.js';
import type { Services } from '../../src/apis/hypershift/services.js';

export type CreateWorkspaceRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createWorkspace']['requestBody']>['content']['application/json'] | undefined;
};
export type CreateWorkspaceResponse =
  | { status: 201; body: operations['createWorkspace']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createWorkspace']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createWorkspace']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createWorkspace']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createWorkspace']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetWorkspaceRequest = {
  params: NonNullable<operations['getWorkspace']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetWorkspaceResponse =
  | { status: 200; body: operations['getWorkspace']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getWorkspace']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getWorkspace']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getWorkspace']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type UpdateWorkspaceTierRequest = {
  params: NonNullable<operations['updateWorkspaceTier']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['updateWorkspaceTier']['requestBody']>['content']['application/json'];
};
export type UpdateWorkspaceTierResponse =
  | { status: 200; body: operations['updateWorkspaceTier']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateWorkspaceTier']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateWorkspaceTier']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateWorkspaceTier']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateWorkspaceTier']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateWorkspaceTier']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['updateWorkspaceTier']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListRunsRequest = {
  params: Record<string, never>;
  query: NonNullable<operations['listRuns']['parameters']['query']>;
  headers: NonNullable<operations['listRuns']['parameters']['header']>;
  body: undefined;
};
export type ListRunsResponse =
  | { status: 200; body: operations['listRuns']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['listRuns']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listRuns']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateRunRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<operations['createRun']['parameters']['header']>;
  body: NonNullable<operations['createRun']['requestBody']>['content']['application/json'];
};
export type CreateRunResponse =
  | { status: 201; body: operations['createRun']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createRun']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 402; body: operations['createRun']['responses'][402]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createRun']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createRun']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createRun']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetRunRequest = {
  params: NonNullable<operations['getRun']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['getRun']['parameters']['header']>;
  body: undefined;
};
export type GetRunResponse =
  | { status: 200; body: operations['getRun']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getRun']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getRun']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getRun']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type StartRunRequest = {
  params: NonNullable<operations['startRun']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['startRun']['parameters']['header']>;
  body: undefined;
};
export type StartRunResponse =
  | { status: 202; body: operations['startRun']['responses'][202]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['startRun']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['startRun']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['startRun']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ApproveRunRequest = {
  params: NonNullable<operations['approveRun']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['approveRun']['parameters']['header']>;
  body: undefined;
};
export type ApproveRunResponse =
  | { status: 200; body: operations['approveRun']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['approveRun']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['approveRun']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['approveRun']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['approveRun']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RejectRunRequest = {
  params: NonNullable<operations['rejectRun']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['rejectRun']['parameters']['header']>;
  body: undefined;
};
export type RejectRunResponse =
  | { status: 200; body: operations['rejectRun']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['rejectRun']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['rejectRun']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['rejectRun']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['rejectRun']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RollbackRunRequest = {
  params: NonNullable<operations['rollbackRun']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['rollbackRun']['parameters']['header']>;
  body: undefined;
};
export type RollbackRunResponse =
  | { status: 200; body: operations['rollbackRun']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['rollbackRun']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['rollbackRun']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['rollbackRun']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ReplayRunRequest = {
  params: NonNullable<operations['replayRun']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['replayRun']['parameters']['header']>;
  body: undefined;
};
export type ReplayRunResponse =
  | { status: 201; body: operations['replayRun']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['replayRun']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 402; body: operations['replayRun']['responses'][402]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['replayRun']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['replayRun']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetRunLogsRequest = {
  params: NonNullable<operations['getRunLogs']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['getRunLogs']['parameters']['header']>;
  body: undefined;
};
export type GetRunLogsResponse =
  | { status: 200; body: operations['getRunLogs']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getRunLogs']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getRunLogs']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getRunLogs']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetUsageRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<operations['getUsage']['parameters']['header']>;
  body: undefined;
};
export type GetUsageResponse =
  | { status: 200; body: operations['getUsage']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getUsage']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getUsage']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListRunOutcomesRequest = {
  params: Record<string, never>;
  query: NonNullable<operations['listRunOutcomes']['parameters']['query']>;
  headers: NonNullable<operations['listRunOutcomes']['parameters']['header']>;
  body: undefined;
};
export type ListRunOutcomesResponse =
  | { status: 200; body: operations['listRunOutcomes']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['listRunOutcomes']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listRunOutcomes']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetSloRequest = {
  params: Record<string, never>;
  query: NonNullable<operations['getSlo']['parameters']['query']>;
  headers: NonNullable<operations['getSlo']['parameters']['header']>;
  body: undefined;
};
export type GetSloResponse =
  | { status: 200; body: operations['getSlo']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getSlo']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getSlo']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetHealthRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetHealthResponse =
  | { status: 200; body: operations['getHealth']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getHealth']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetStatusRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<operations['getStatus']['parameters']['header']>;
  body: undefined;
};
export type GetStatusResponse =
  | { status: 200; body: operations['getStatus']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getStatus']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getStatus']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type WhatIfRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['whatIf']['requestBody']>['content']['application/json'];
};
export type WhatIfResponse =
  | { status: 200; body: operations['whatIf']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['whatIf']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['whatIf']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['whatIf']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['whatIf']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetFleetHealthRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetFleetHealthResponse =
  | { status: 200; body: operations['getFleetHealth']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getFleetHealth']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetDeploymentRequest = {
  params: NonNullable<operations['getDeployment']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetDeploymentResponse =
  | { status: 200; body: operations['getDeployment']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getDeployment']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getDeployment']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getDeployment']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export interface Operations {
  createWorkspace: { request: CreateWorkspaceRequest; response: CreateWorkspaceResponse; secured: false };
  getWorkspace: { request: GetWorkspaceRequest; response: GetWorkspaceResponse; secured: false };
  updateWorkspaceTier: { request: UpdateWorkspaceTierRequest; response: UpdateWorkspaceTierResponse; secured: true };
  listRuns: { request: ListRunsRequest; response: ListRunsResponse; secured: false };
  createRun: { request: CreateRunRequest; response: CreateRunResponse; secured: false };
  getRun: { request: GetRunRequest; response: GetRunResponse; secured: false };
  startRun: { request: StartRunRequest; response: StartRunResponse; secured: false };
  approveRun: { request: ApproveRunRequest; response: ApproveRunResponse; secured: false };
  rejectRun: { request: RejectRunRequest; response: RejectRunResponse; secured: false };
  rollbackRun: { request: RollbackRunRequest; response: RollbackRunResponse; secured: false };
  replayRun: { request: ReplayRunRequest; response: ReplayRunResponse; secured: false };
  getRunLogs: { request: GetRunLogsRequest; response: GetRunLogsResponse; secured: false };
  getUsage: { request: GetUsageRequest; response: GetUsageResponse; secured: false };
  listRunOutcomes: { request: ListRunOutcomesRequest; response: ListRunOutcomesResponse; secured: false };
  getSlo: { request: GetSloRequest; response: GetSloResponse; secured: false };
  getHealth: { request: GetHealthRequest; response: GetHealthResponse; secured: false };
  getStatus: { request: GetStatusRequest; response: GetStatusResponse; secured: false };
  whatIf: { request: WhatIfRequest; response: WhatIfResponse; secured: false };
  getFleetHealth: { request: GetFleetHealthRequest; response: GetFleetHealthResponse; secured: false };
  getDeployment: { request: GetDeploymentRequest; response: GetDeploymentResponse; secured: false };
}

export type OperationId = keyof Operations;

export type Handler<K extends OperationId> = (
  req: Operations[K]['request'],
  ctx: HandlerContext<Operations[K]['secured'], Services>,
) => Promise<Operations[K]['response']>;

export type Handlers = { [K in OperationId]: Handler<K> };

export const operationIds = ['createWorkspace', 'getWorkspace', 'updateWorkspaceTier', 'listRuns', 'createRun', 'getRun', 'startRun', 'approveRun', 'rejectRun', 'rollbackRun', 'replayRun', 'getRunLogs', 'getUsage', 'listRunOutcomes', 'getSlo', 'getHealth', 'getStatus', 'whatIf', 'getFleetHealth', 'getDeployment'] as const satisfies readonly OperationId[];
