import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { parseAsyncApiContract } from '../../src/core/websocket/asyncapi-contract.js';
import type { ChannelContract } from '../../src/core/websocket/contract.js';
import { GENERATED_HEADER } from './paths.js';

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const typeName = (id: string) => `${pascal(id)}Message`;

/**
 * For an API with an asyncapi.yaml beside its openapi.yaml: generated/<slug>/messages.ts, the message payload
 * types with a union per direction (discriminated by the payload's `type`), and generated/<slug>/asyncapi.json,
 * the extracted channel contract a server can load without running @asyncapi/parser at start-up.
 */
export async function generateAsyncApi(specFile: string, outDir: string): Promise<void> {
  const file = join(dirname(specFile), 'asyncapi.yaml');
  if (!existsSync(file)) return;
  const contract = await parseAsyncApiContract(file);
  writeFileSync(join(outDir, 'asyncapi.json'), JSON.stringify(contract, null, 2) + '\n');
  writeFileSync(join(outDir, 'messages.ts'), await renderMessages(contract));
}

async function renderMessages(contract: ChannelContract): Promise<string> {
  const definitions = Object.fromEntries(contract.messages.map((m) => [typeName(m.id), { ...m.payload, title: typeName(m.id) }]));
  const root = { title: 'ChannelMessage', oneOf: contract.messages.map((m) => ({ $ref: `#/definitions/${typeName(m.id)}` })), definitions } as JSONSchema;
  // Types name the documented fields only (no index signatures for unlisted ones), which is what code should build.
  const body = await compile(root, 'ChannelMessage', { bannerComment: '', additionalProperties: false, strictIndexSignatures: true });
  const union = (pick: (m: ChannelContract['messages'][number]) => boolean) =>
    contract.messages.filter(pick).map((m) => typeName(m.id)).join(' | ') || 'never';
  return [
    `// ${GENERATED_HEADER}: produced by scripts/generate (json-schema-to-typescript) from asyncapi.yaml.`,
    body.trimEnd(),
    '',
    `/** Messages the server sends on ${contract.address}. */`,
    `export type ServerMessage = ${union((m) => m.sentByServer)};`,
    `/** Messages the server receives on ${contract.address}. */`,
    `export type ClientMessage = ${union((m) => m.receivedByServer)};`,
    '',
  ].join('\n');
}
