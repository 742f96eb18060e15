// generated — do not edit: produced by scripts/generate from the bundled spec.
import type { operations } from './types.js';
import type { HandlerContext, ResponseHeaders, SseProducer } from '../../src/core/handler-types.js';
import type { Services } from '../../src/apis/lightning/services.js';

export type HealthCheckRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type HealthCheckResponse =
  | { status: 200; body: operations['healthCheck']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['healthCheck']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateJobRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createJob']['requestBody']>['content']['application/json'];
};
export type CreateJobResponse =
  | { status: 201; body: operations['createJob']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createJob']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createJob']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createJob']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createJob']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetJobRequest = {
  params: NonNullable<operations['getJob']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetJobResponse =
  | { status: 200; body: operations['getJob']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getJob']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getJob']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getJob']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ClaimRefundRequest = {
  params: NonNullable<operations['claimRefund']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['claimRefund']['requestBody']>['content']['application/json'];
};
export type ClaimRefundResponse =
  | { status: 200; body: operations['claimRefund']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['claimRefund']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['claimRefund']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['claimRefund']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['claimRefund']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['claimRefund']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['claimRefund']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateSessionRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createSession']['requestBody']>['content']['application/json'];
};
export type CreateSessionResponse =
  | { status: 201; body: operations['createSession']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createSession']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createSession']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createSession']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createSession']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetSessionRequest = {
  params: NonNullable<operations['getSession']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetSessionResponse =
  | { status: 200; body: operations['getSession']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getSession']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getSession']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getSession']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type SubmitSessionRequestRequest = {
  params: NonNullable<operations['submitSessionRequest']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['submitSessionRequest']['requestBody']>['content']['application/json'];
};
export type SubmitSessionRequestResponse =
  | { status: 200; body: operations['submitSessionRequest']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['submitSessionRequest']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['submitSessionRequest']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 402; body: operations['submitSessionRequest']['responses'][402]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['submitSessionRequest']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['submitSessionRequest']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['submitSessionRequest']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 410; body: operations['submitSessionRequest']['responses'][410]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['submitSessionRequest']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['submitSessionRequest']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['submitSessionRequest']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type TopupSessionRequest = {
  params: NonNullable<operations['topupSession']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['topupSession']['requestBody']>['content']['application/json'];
};
export type TopupSessionResponse =
  | { status: 200; body: operations['topupSession']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['topupSession']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['topupSession']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 403; body: operations['topupSession']['responses'][403]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['topupSession']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['topupSession']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['topupSession']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['topupSession']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['topupSession']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type RunDemoRequest = {
  params: Record<string, never>;
  query: NonNullable<operations['runDemo']['parameters']['query']>;
  headers: Record<string, never>;
  body: undefined;
};
export type RunDemoResponse =
  | { status: 200; body: operations['runDemo']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['runDemo']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 429; body: operations['runDemo']['responses'][429]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['runDemo']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListGeminiConversationsRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListGeminiConversationsResponse =
  | { status: 200; body: operations['listGeminiConversations']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listGeminiConversations']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listGeminiConversations']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateGeminiConversationRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createGeminiConversation']['requestBody']>['content']['application/json'];
};
export type CreateGeminiConversationResponse =
  | { status: 201; body: operations['createGeminiConversation']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createGeminiConversation']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['createGeminiConversation']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createGeminiConversation']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createGeminiConversation']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createGeminiConversation']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetGeminiConversationRequest = {
  params: NonNullable<operations['getGeminiConversation']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetGeminiConversationResponse =
  | { status: 200; body: operations['getGeminiConversation']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getGeminiConversation']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getGeminiConversation']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getGeminiConversation']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getGeminiConversation']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type DeleteGeminiConversationRequest = {
  params: NonNullable<operations['deleteGeminiConversation']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type DeleteGeminiConversationResponse =
  | { status: 204; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteGeminiConversation']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteGeminiConversation']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteGeminiConversation']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['deleteGeminiConversation']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type ListGeminiMessagesRequest = {
  params: NonNullable<operations['listGeminiMessages']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type ListGeminiMessagesResponse =
  | { status: 200; body: operations['listGeminiMessages']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['listGeminiMessages']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['listGeminiMessages']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['listGeminiMessages']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['listGeminiMessages']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type SendGeminiMessageRequest = {
  params: NonNullable<operations['sendGeminiMessage']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['sendGeminiMessage']['requestBody']>['content']['application/json'];
};
export type SendGeminiMessageResponse =
  | { status: 200; sse: SseProducer; headers?: ResponseHeaders }
  | { status: 400; body: operations['sendGeminiMessage']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['sendGeminiMessage']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['sendGeminiMessage']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['sendGeminiMessage']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['sendGeminiMessage']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['sendGeminiMessage']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GenerateGeminiImageRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['generateGeminiImage']['requestBody']>['content']['application/json'];
};
export type GenerateGeminiImageResponse =
  | { status: 200; body: operations['generateGeminiImage']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['generateGeminiImage']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['generateGeminiImage']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['generateGeminiImage']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['generateGeminiImage']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['generateGeminiImage']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type StubPayInvoiceRequest = {
  params: NonNullable<operations['stubPayInvoice']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type StubPayInvoiceResponse =
  | { status: 200; body: operations['stubPayInvoice']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['stubPayInvoice']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['stubPayInvoice']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 409; body: operations['stubPayInvoice']['responses'][409]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['stubPayInvoice']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export interface Operations {
  healthCheck: { request: HealthCheckRequest; response: HealthCheckResponse; secured: false };
  createJob: { request: CreateJobRequest; response: CreateJobResponse; secured: false };
  getJob: { request: GetJobRequest; response: GetJobResponse; secured: false };
  claimRefund: { request: ClaimRefundRequest; response: ClaimRefundResponse; secured: false };
  createSession: { request: CreateSessionRequest; response: CreateSessionResponse; secured: false };
  getSession: { request: GetSessionRequest; response: GetSessionResponse; secured: false };
  submitSessionRequest: { request: SubmitSessionRequestRequest; response: SubmitSessionRequestResponse; secured: true };
  topupSession: { request: TopupSessionRequest; response: TopupSessionResponse; secured: true };
  runDemo: { request: RunDemoRequest; response: RunDemoResponse; secured: false };
  listGeminiConversations: { request: ListGeminiConversationsRequest; response: ListGeminiConversationsResponse; secured: true };
  createGeminiConversation: { request: CreateGeminiConversationRequest; response: CreateGeminiConversationResponse; secured: true };
  getGeminiConversation: { request: GetGeminiConversationRequest; response: GetGeminiConversationResponse; secured: true };
  deleteGeminiConversation: { request: DeleteGeminiConversationRequest; response: DeleteGeminiConversationResponse; secured: true };
  listGeminiMessages: { request: ListGeminiMessagesRequest; response: ListGeminiMessagesResponse; secured: true };
  sendGeminiMessage: { request: SendGeminiMessageRequest; response: SendGeminiMessageResponse; secured: true };
  generateGeminiImage: { request: GenerateGeminiImageRequest; response: GenerateGeminiImageResponse; secured: true };
  stubPayInvoice: { request: StubPayInvoiceRequest; response: StubPayInvoiceResponse; secured: false };
}

export type OperationId = keyof Operations;

export type Handler<K extends OperationId> = (
  req: Operations[K]['request'],
  ctx: HandlerContext<Operations[K]['secured'], Services>,
) => Promise<Operations[K]['response']>;

export type Handlers = { [K in OperationId]: Handler<K> };

export const operationIds = ['healthCheck', 'createJob', 'getJob', 'claimRefund', 'createSession', 'getSession', 'submitSessionRequest', 'topupSession', 'runDemo', 'listGeminiConversations', 'createGeminiConversation', 'getGeminiConversation', 'deleteGeminiConversation', 'listGeminiMessages', 'sendGeminiMessage', 'generateGeminiImage', 'stubPayInvoice'] as const satisfies readonly OperationId[];
