import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../ajv.js';
import { lazy } from '../lazy.js';
import type { ChannelContract } from './contract.js';
import type { WsErrorDetail } from './protocol.js';

export type IncomingCheck = { ok: true; message: Record<string, unknown> } | { ok: false; message: string; details: WsErrorDetail[] };

/** Thrown when the server itself is about to send a message its contract does not allow. */
export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

/** Checks frames against the payload schemas of the channel's contract, by the message's discriminator value. */
export class MessageValidator {
  private readonly incoming = new Map<string, () => ValidateFunction>();
  private readonly outgoing = new Map<string, () => ValidateFunction>();
  private readonly discriminator: string;

  constructor(contract: ChannelContract) {
    const ajv = lazy(() => createAjv(false));
    this.discriminator = contract.discriminator;
    for (const m of contract.messages) {
      const validate = lazy(() => ajv().compile(m.payload));
      if (m.receivedByServer) this.incoming.set(m.type, validate);
      if (m.sentByServer) this.outgoing.set(m.type, validate);
    }
  }

  receives(type: string): boolean {
    return this.incoming.has(type);
  }

  sends(type: string): boolean {
    return this.outgoing.has(type);
  }

  /** Client frames are always checked, in production too: they are untrusted input. */
  checkIncoming(frame: string): IncomingCheck {
    let value: unknown;
    try {
      value = JSON.parse(frame);
    } catch {
      return { ok: false, message: 'Invalid message', details: [{ message: 'The frame is not valid JSON' }] };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, message: 'Invalid message', details: [{ message: 'The frame must be a JSON object' }] };
    }
    const message = value as Record<string, unknown>;
    const type = message[this.discriminator];
    const validate = typeof type === 'string' ? this.incoming.get(type)?.() : undefined;
    if (!validate) {
      return { ok: false, message: 'Invalid message', details: [{ field: this.discriminator, message: `Unknown message type '${String(type)}'` }] };
    }
    if (!validate(message)) return { ok: false, message: 'Invalid message', details: toDetails(validate.errors ?? []) };
    return { ok: true, message };
  }

  /** Throws a ContractViolation naming what is wrong when the server's message is not one it may send. */
  assertOutgoing(message: Record<string, unknown>): void {
    const type = message[this.discriminator];
    const validate = typeof type === 'string' ? this.outgoing.get(type)?.() : undefined;
    if (!validate) throw new ContractViolation(`the channel's contract has no message of type '${String(type)}' that the server sends`);
    if (!validate(message)) {
      const problems = toDetails(validate.errors ?? []).map((d) => `${d.field ?? '(root)'} ${d.message}`);
      throw new ContractViolation(`outgoing '${type}' message does not match its contract: ${problems.join('; ')}`);
    }
  }
}

function toDetails(errors: ErrorObject[]): WsErrorDetail[] {
  return errors.map((e) => {
    const path = e.instancePath.split('/').slice(1).join('.');
    const missing = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : undefined;
    const field = [path, missing].filter(Boolean).join('.');
    return field ? { field, message: e.message ?? 'is invalid' } : { message: e.message ?? 'is invalid' };
  });
}
