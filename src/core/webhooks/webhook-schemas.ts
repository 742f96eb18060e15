import { readFileSync } from 'node:fs';
import { escapePointerToken, fragmentTokens } from '../json-pointer.js';
import { specSchemaCompiler, type SpecSchemas } from '../spec-schema-compiler.js';

/** Returns the problems with a payload; empty when it conforms. */
export type PayloadValidator = (payload: unknown) => string[];

/** A top-level OpenAPI 3.1 webhook by name, or a callback by its name on the operation that declares it. */
export type WebhookSchemaRef = { webhook: string } | { callback: string; operationId: string };

type Located = { path: string[]; node: any };

const BODY_METHODS = ['post', 'put', 'patch'];

/**
 * Request-body schemas of the webhooks and callbacks a bundled spec (generated/<slug>/openapi.json) declares,
 * compiled with the project's ajv, so what an API sends is checked against what it documents.
 */
export class SpecWebhookSchemas {
  /** `compile`: the spec's schemas, when the API already compiles them for something else; its own otherwise. */
  constructor(
    private readonly document: Record<string, any>,
    private readonly compile: SpecSchemas = specSchemaCompiler(() => document),
  ) {}

  static fromFile(specFile: string): SpecWebhookSchemas {
    return new SpecWebhookSchemas(JSON.parse(readFileSync(specFile, 'utf8')));
  }

  /** Validators for the given events, each named by the webhook or callback whose body schema it checks. */
  validators(events: Record<string, WebhookSchemaRef>): Record<string, PayloadValidator> {
    return Object.fromEntries(Object.entries(events).map(([event, ref]) => [event, this.validator(ref)]));
  }

  /** One validator per top-level webhook, keyed by the webhook's name (HyperShift's `run.created`, ...). */
  allWebhooks(): Record<string, PayloadValidator> {
    const names = Object.keys(this.document.webhooks ?? {});
    return this.validators(Object.fromEntries(names.map((webhook) => [webhook, { webhook }])));
  }

  validator(ref: WebhookSchemaRef): PayloadValidator {
    const pathItem = 'webhook' in ref ? this.locate(['webhooks', ref.webhook]) : this.callbackPathItem(ref.callback, ref.operationId);
    const method = BODY_METHODS.find((m) => pathItem.node[m]?.requestBody);
    if (!method) throw new Error(`${describe(ref)} declares no request body`);
    const schema = this.locate([...pathItem.path, method, 'requestBody', 'content', 'application/json', 'schema']);
    // Located now, so a wrong name fails at start-up; compiled when the first payload is checked.
    const pointer = `#/${schema.path.map(escapePointerToken).join('/')}`;
    return (payload) => {
      const validate = this.compile(pointer);
      return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    };
  }

  private callbackPathItem(callback: string, operationId: string): Located {
    for (const path of Object.keys(this.document.paths ?? {})) {
      const item = this.locate(['paths', path]);
      const method = Object.keys(item.node).find((m) => item.node[m]?.operationId === operationId);
      if (!method) continue;
      const found = this.locate([...item.path, method, 'callbacks', callback]);
      const [expression] = Object.keys(found.node);
      return this.locate([...found.path, expression]);
    }
    throw new Error(`operation ${operationId} is not in the spec`);
  }

  /** Walks `tokens` from the document root, following local `$ref`s on the way and at the end. */
  private locate(tokens: string[]): Located {
    let here = this.follow({ path: [], node: this.document });
    for (const token of tokens) {
      const node = here.node?.[token];
      if (node === undefined) throw new Error(`#/${[...here.path, token].join('/')} is not in the spec`);
      here = this.follow({ path: [...here.path, token], node });
    }
    return here;
  }

  private follow(here: Located): Located {
    while (typeof here.node?.$ref === 'string' && here.node.$ref.startsWith('#/')) {
      const path = fragmentTokens(here.node.$ref);
      here = { path, node: path.reduce((n: any, t: string) => n?.[t], this.document) };
    }
    return here;
  }
}

function describe(ref: WebhookSchemaRef): string {
  return 'webhook' in ref ? `webhook ${ref.webhook}` : `callback ${ref.callback} of ${ref.operationId}`;
}
