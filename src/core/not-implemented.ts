import { HttpError } from './http-error.js';

const NOT_IMPLEMENTED = Symbol.for('contract-first.notImplemented');

export type NotImplementedHandler = ((...args: unknown[]) => Promise<never>) & { [NOT_IMPLEMENTED]: string };

/** A scaffolded handler. The router answers 501 for it before security or validation run. */
export function notImplemented(operationId: string): NotImplementedHandler {
  const handler = async (): Promise<never> => {
    throw new HttpError(501, 'not_implemented', `Operation ${operationId} is not implemented yet`);
  };
  return Object.assign(handler, { [NOT_IMPLEMENTED]: operationId });
}

export function isNotImplemented(handler: unknown): boolean {
  return typeof handler === 'function' && NOT_IMPLEMENTED in handler;
}
