// generated — do not edit: produced by scripts/generate from the bundled spec.
import type { operations } from './types.js';
import type { HandlerContext, ResponseHeaders, SseProducer } from '../../src/core/handler-types.js';
import type { Services } from '../../src/apis/lenserfight/services.js';

export type GetHealthRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetHealthResponse =
  | { status: 200; body: operations['getHealth']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getHealth']['responses'][500]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 503; body: operations['getHealth']['responses'][503]['content']['application/json']; headers?: ResponseHeaders };

export type ListLensesRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListLensesResponse =
  | { status: 200; body: operations['listLenses']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listLenses']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listLenses']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateDevTokenRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createDevToken']['requestBody']>['content']['application/json'];
};
export type CreateDevTokenResponse =
  | { status: 201; body: operations['createDevToken']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createDevToken']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createDevToken']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createDevToken']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createDevToken']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ExecuteLensRequest = {
  params: NonNullable<operations['executeLens']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['executeLens']['requestBody']>['content']['application/json'];
};
export type ExecuteLensResponse =
  | { status: 202; body: operations['executeLens']['responses'][202]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['executeLens']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['executeLens']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['executeLens']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['executeLens']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['executeLens']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['executeLens']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['executeLens']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RunWorkflowRequest = {
  params: NonNullable<operations['runWorkflow']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['runWorkflow']['requestBody']>['content']['application/json'];
};
export type RunWorkflowResponse =
  | { status: 202; body: operations['runWorkflow']['responses'][202]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['runWorkflow']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['runWorkflow']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['runWorkflow']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['runWorkflow']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['runWorkflow']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['runWorkflow']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['runWorkflow']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetRunStatusRequest = {
  params: NonNullable<operations['getRunStatus']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetRunStatusResponse =
  | { status: 200; body: operations['getRunStatus']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getRunStatus']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getRunStatus']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getRunStatus']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getRunStatus']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type StreamRunEventsRequest = {
  params: NonNullable<operations['streamRunEvents']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['streamRunEvents']['parameters']['header']>;
  body: undefined;
};
export type StreamRunEventsResponse =
  | { status: 200; sse: SseProducer; headers?: ResponseHeaders }
  | { status: 400; body: operations['streamRunEvents']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['streamRunEvents']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['streamRunEvents']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['streamRunEvents']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ProvisionPartnerRequest = {
  params: NonNullable<operations['provisionPartner']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['provisionPartner']['requestBody']>['content']['application/json'];
};
export type ProvisionPartnerResponse =
  | { status: 200; body: operations['provisionPartner']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['provisionPartner']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['provisionPartner']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['provisionPartner']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['provisionPartner']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['provisionPartner']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['provisionPartner']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetPartnerBalanceRequest = {
  params: NonNullable<operations['getPartnerBalance']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetPartnerBalanceResponse =
  | { status: 200; body: operations['getPartnerBalance']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getPartnerBalance']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getPartnerBalance']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getPartnerBalance']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getPartnerBalance']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RefreshPartnerTokenRequest = {
  params: NonNullable<operations['refreshPartnerToken']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['refreshPartnerToken']['requestBody']>['content']['application/json'];
};
export type RefreshPartnerTokenResponse =
  | { status: 200; body: operations['refreshPartnerToken']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['refreshPartnerToken']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['refreshPartnerToken']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['refreshPartnerToken']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['refreshPartnerToken']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['refreshPartnerToken']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['refreshPartnerToken']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type SendPartnerClaimRequest = {
  params: NonNullable<operations['sendPartnerClaim']['parameters']['path']>;
  query: Record<string, never>;
  headers: NonNullable<operations['sendPartnerClaim']['parameters']['header']>;
  body: NonNullable<operations['sendPartnerClaim']['requestBody']>['content']['application/json'];
};
export type SendPartnerClaimResponse =
  | { status: 200; body: operations['sendPartnerClaim']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['sendPartnerClaim']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['sendPartnerClaim']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['sendPartnerClaim']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['sendPartnerClaim']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['sendPartnerClaim']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 422; body: operations['sendPartnerClaim']['responses'][422]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['sendPartnerClaim']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export interface Operations {
  getHealth: { request: GetHealthRequest; response: GetHealthResponse; secured: false };
  listLenses: { request: ListLensesRequest; response: ListLensesResponse; secured: true };
  createDevToken: { request: CreateDevTokenRequest; response: CreateDevTokenResponse; secured: false };
  executeLens: { request: ExecuteLensRequest; response: ExecuteLensResponse; secured: true };
  runWorkflow: { request: RunWorkflowRequest; response: RunWorkflowResponse; secured: true };
  getRunStatus: { request: GetRunStatusRequest; response: GetRunStatusResponse; secured: true };
  streamRunEvents: { request: StreamRunEventsRequest; response: StreamRunEventsResponse; secured: true };
  provisionPartner: { request: ProvisionPartnerRequest; response: ProvisionPartnerResponse; secured: true };
  getPartnerBalance: { request: GetPartnerBalanceRequest; response: GetPartnerBalanceResponse; secured: true };
  refreshPartnerToken: { request: RefreshPartnerTokenRequest; response: RefreshPartnerTokenResponse; secured: true };
  sendPartnerClaim: { request: SendPartnerClaimRequest; response: SendPartnerClaimResponse; secured: true };
}

export type OperationId = keyof Operations;

export type Handler<K extends OperationId> = (
  req: Operations[K]['request'],
  ctx: HandlerContext<Operations[K]['secured'], Services>,
) => Promise<Operations[K]['response']>;

export type Handlers = { [K in OperationId]: Handler<K> };

export const operationIds = ['getHealth', 'listLenses', 'createDevToken', 'executeLens', 'runWorkflow', 'getRunStatus', 'streamRunEvents', 'provisionPartner', 'getPartnerBalance', 'refreshPartnerToken', 'sendPartnerClaim'] as const satisfies readonly OperationId[];
