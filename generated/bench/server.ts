// generated — do not edit: produced by scripts/generate from the bundled spec.
import type { operations } from './types.js';
import type { HandlerContext, ResponseHeaders } from '../../src/core/handler-types.js';

/** This API declares no services module, so handlers get none. */
type Services = Record<string, never>;

export type GetItemRequest = {
  params: NonNullable<operations['getItem']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetItemResponse =
  | { status: 200; body: operations['getItem']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getItem']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getItem']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getItem']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type CreateItemRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createItem']['requestBody']>['content']['application/json'];
};
export type CreateItemResponse =
  | { status: 201; body: operations['createItem']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createItem']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['createItem']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createItem']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createItem']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createItem']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export interface Operations {
  getItem: { request: GetItemRequest; response: GetItemResponse; secured: true };
  createItem: { request: CreateItemRequest; response: CreateItemResponse; secured: true };
}

export type OperationId = keyof Operations;

export type Handler<K extends OperationId> = (
  req: Operations[K]['request'],
  ctx: HandlerContext<Operations[K]['secured'], Services>,
) => Promise<Operations[K]['response']>;

export type Handlers = { [K in OperationId]: Handler<K> };

export const operationIds = ['getItem', 'createItem'] as const satisfies readonly OperationId[];
