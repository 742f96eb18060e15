// generated — do not edit: produced by scripts/generate from the bundled spec.
import type { operations } from './types.js';
import type { HandlerContext, ResponseHeaders } from '../../../src/core/handler-types.js';
import type { Services } from '../services.js';

export type CreateNoteRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: NonNullable<operations['createNote']['requestBody']>['content']['application/json'];
};
export type CreateNoteResponse =
  | { status: 201; body: operations['createNote']['responses'][201]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['createNote']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['createNote']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 413; body: operations['createNote']['responses'][413]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 415; body: operations['createNote']['responses'][415]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['createNote']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetNoteRequest = {
  params: NonNullable<operations['getNote']['parameters']['path']>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetNoteResponse =
  | { status: 200; body: operations['getNote']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 400; body: operations['getNote']['responses'][400]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 401; body: operations['getNote']['responses'][401]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 404; body: operations['getNote']['responses'][404]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getNote']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export type GetInstanceRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  body: undefined;
};
export type GetInstanceResponse =
  | { status: 200; body: operations['getInstance']['responses'][200]['content']['application/json']; headers?: ResponseHeaders }
  | { status: 500; body: operations['getInstance']['responses'][500]['content']['application/json']; headers?: ResponseHeaders };

export interface Operations {
  createNote: { request: CreateNoteRequest; response: CreateNoteResponse; secured: true };
  getNote: { request: GetNoteRequest; response: GetNoteResponse; secured: true };
  getInstance: { request: GetInstanceRequest; response: GetInstanceResponse; secured: false };
}

export type OperationId = keyof Operations;

export type Handler<K extends OperationId> = (
  req: Operations[K]['request'],
  ctx: HandlerContext<Operations[K]['secured'], Services>,
) => Promise<Operations[K]['response']>;

export type Handlers = { [K in OperationId]: Handler<K> };

export const operationIds = ['createNote', 'getNote', 'getInstance'] as const satisfies readonly OperationId[];
