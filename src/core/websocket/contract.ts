import { readFile } from 'node:fs/promises';

export type JsonSchema = Record<string, unknown>;

/** One message of the channel, as the server sees it: who sends it and what its payload must look like. */
export type ChannelMessage = {
  /** The message's key in the AsyncAPI document (`auth`, `executionUpdate`). */
  id: string;
  /** The value of the discriminator property that marks it on the wire (`auth`, `execution_update`). */
  type: string;
  sentByServer: boolean;
  receivedByServer: boolean;
  payload: JsonSchema;
};

/** What the runtime needs from an AsyncAPI document: the channel's address and its messages, dereferenced. */
export type ChannelContract = {
  title: string;
  /** The channel's address relative to the server's pathname (the orchestrator's `/ws`). */
  address: string;
  /** The payload property that names a message's type (`type`). */
  discriminator: string;
  messages: ChannelMessage[];
};

/**
 * An AsyncAPI document is parsed with @asyncapi/parser (about a second to import and a second to parse here),
 * so production can start from the contract `npm run generate` extracted into generated/<slug>/asyncapi.json
 * instead: a `.json` file is read as that extracted contract, anything else is parsed as an AsyncAPI document.
 */
export async function loadChannelContract(file: string, options: { channel?: string; discriminator?: string } = {}): Promise<ChannelContract> {
  if (file.endsWith('.json')) return JSON.parse(await readFile(file, 'utf8')) as ChannelContract;
  const { parseAsyncApiContract } = await import('./asyncapi-contract.js');
  return parseAsyncApiContract(file, options);
}
