// generated — do not edit: produced by scripts/generate from the bundled spec.
import type { operations } from './types.js';
import type { HandlerContext, ResponseHeaders } from '../../src/core/handler-types.js';
import type { Services } from '../../src/apis/hybrid/services.js';

export type StoreTokenRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['storeToken']['requestBody']>['content']['application/json'];
};
export type StoreTokenResponse =
  | { status: 200; body: operations['storeToken']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['storeToken']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['storeToken']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['storeToken']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['storeToken']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['storeToken']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['storeToken']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['storeToken']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type DeleteTokenRequest = {
  params: Record<string, never>;
  query: NonNullable<operations['deleteToken']['parameters']['query']>;
  headers: Record<string, never>;
  body: undefined;
};
export type DeleteTokenResponse =
  | { status: 200; body: operations['deleteToken']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteToken']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteToken']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteToken']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['deleteToken']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['deleteToken']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RunHybridPromptRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['runHybridPrompt']['requestBody']>['content']['application/json'];
};
export type RunHybridPromptResponse =
  | { status: 202; body: operations['runHybridPrompt']['responses'][202]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['runHybridPrompt']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['runHybridPrompt']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['runHybridPrompt']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['runHybridPrompt']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['runHybridPrompt']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['runHybridPrompt']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['runHybridPrompt']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RunWorkflowRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['runWorkflow']['requestBody']>['content']['application/json'];
};
export type RunWorkflowResponse =
  | { status: 202; body: operations['runWorkflow']['responses'][202]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['runWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['runWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['runWorkflow']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['runWorkflow']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['runWorkflow']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['runWorkflow']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['runWorkflow']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['runWorkflow']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetJobStatusRequest = {
  params: NonNullable<operations['getJobStatus']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetJobStatusResponse =
  | { status: 200; body: operations['getJobStatus']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getJobStatus']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getJobStatus']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getJobStatus']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['getJobStatus']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getJobStatus']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListWorkflowsRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListWorkflowsResponse =
  | { status: 200; body: operations['listWorkflows']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listWorkflows']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['listWorkflows']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listWorkflows']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateWorkflowRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createWorkflow']['requestBody']>['content']['application/json'] | NonNullable<operations['createWorkflow']['requestBody']>['content']['application/yaml'] | NonNullable<operations['createWorkflow']['requestBody']>['content']['application/x-yaml'] | NonNullable<operations['createWorkflow']['requestBody']>['content']['text/yaml'];
};
export type CreateWorkflowResponse =
  | { status: 200; body: operations['createWorkflow']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['createWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
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

export type DeleteWorkflowRequest = {
  params: NonNullable<operations['deleteWorkflow']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type DeleteWorkflowResponse =
  | { status: 200; body: operations['deleteWorkflow']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteWorkflow']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['deleteWorkflow']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['deleteWorkflow']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListModelsRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListModelsResponse =
  | { status: 200; body: operations['listModels']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listModels']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['listModels']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listModels']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CheckModelHealthRequest = {
  params: NonNullable<operations['checkModelHealth']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type CheckModelHealthResponse =
  | { status: 200; body: operations['checkModelHealth']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['checkModelHealth']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['checkModelHealth']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['checkModelHealth']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['checkModelHealth']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['checkModelHealth']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export interface Operations {
  storeToken: { request: StoreTokenRequest; response: StoreTokenResponse; secured: true };
  deleteToken: { request: DeleteTokenRequest; response: DeleteTokenResponse; secured: true };
  runHybridPrompt: { request: RunHybridPromptRequest; response: RunHybridPromptResponse; secured: true };
  runWorkflow: { request: RunWorkflowRequest; response: RunWorkflowResponse; secured: true };
  getJobStatus: { request: GetJobStatusRequest; response: GetJobStatusResponse; secured: true };
  listWorkflows: { request: ListWorkflowsRequest; response: ListWorkflowsResponse; secured: true };
  createWorkflow: { request: CreateWorkflowRequest; response: CreateWorkflowResponse; secured: true };
  getWorkflow: { request: GetWorkflowRequest; response: GetWorkflowResponse; secured: true };
  deleteWorkflow: { request: DeleteWorkflowRequest; response: DeleteWorkflowResponse; secured: true };
  listModels: { request: ListModelsRequest; response: ListModelsResponse; secured: true };
  checkModelHealth: { request: CheckModelHealthRequest; response: CheckModelHealthResponse; secured: true };
}

export type OperationId = keyof Operations;

export type Handler<K extends OperationId> = (
  req: Operations[K]['request'],
  ctx: HandlerContext<Operations[K]['secured'], Services>,
) => Promise<Operations[K]['response']>;

export type Handlers = { [K in OperationId]: Handler<K> };

export const operationIds = ['storeToken', 'deleteToken', 'runHybridPrompt', 'runWorkflow', 'getJobStatus', 'listWorkflows', 'createWorkflow', 'getWorkflow', 'deleteWorkflow', 'listModels', 'checkModelHealth'] as const satisfies readonly OperationId[];
