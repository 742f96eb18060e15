import { Parser, fromFile, type AsyncAPIDocumentInterface, type MessageInterface } from '@asyncapi/parser';
import type { ChannelContract, ChannelMessage, JsonSchema } from './contract.js';

/**
 * Parses an AsyncAPI 3.0 document (with its relative $refs) and extracts one channel's messages. A message is
 * sent by the server when a `send` operation lists it or a `receive` operation's reply does, and received in
 * the mirror case. Any error diagnostic of the parser fails the load, naming where.
 */
export async function parseAsyncApiContract(file: string, options: { channel?: string; discriminator?: string } = {}): Promise<ChannelContract> {
  const { document, diagnostics } = await fromFile(new Parser(), file).parse();
  const errors = diagnostics.filter((d) => d.severity === 0);
  if (!document || errors.length > 0) {
    throw new Error(`${file}: invalid AsyncAPI document: ${errors.map((d) => `${d.message} at ${d.path.join('.')}`).join('; ')}`);
  }
  const channel = pickChannel(document, file, options.channel);
  const discriminator = options.discriminator ?? 'type';
  const { sent, received } = directions(document);
  const messages = channel.messages().all().map((m): ChannelMessage => {
    const payload = cleanSchema(m.payload()?.json() ?? {});
    return { id: m.id(), type: typeOf(m, payload, discriminator), sentByServer: sent.has(m.id()), receivedByServer: received.has(m.id()), payload };
  });
  return { title: document.info().title(), address: channel.address() ?? '/', discriminator, messages };
}

function pickChannel(document: AsyncAPIDocumentInterface, file: string, id?: string) {
  const channels = document.channels().all();
  const channel = id ? channels.find((c) => c.id() === id) : channels.length === 1 ? channels[0] : undefined;
  if (!channel) throw new Error(`${file}: name the channel to serve (it has ${channels.map((c) => c.id()).join(', ') || 'none'})`);
  return channel;
}

function directions(document: AsyncAPIDocumentInterface) {
  const sent = new Set<string>();
  const received = new Set<string>();
  for (const op of document.operations().all()) {
    const [own, replies] = op.action() === 'send' ? [sent, received] : [received, sent];
    for (const m of op.messages().all()) own.add(m.id());
    for (const m of op.reply()?.messages().all() ?? []) replies.add(m.id());
  }
  return { sent, received };
}

function typeOf(message: MessageInterface, payload: JsonSchema, discriminator: string): string {
  const property = (payload.properties as Record<string, JsonSchema> | undefined)?.[discriminator];
  if (typeof property?.const === 'string') return property.const;
  throw new Error(`message ${message.id()}: its payload needs a string const at properties.${discriminator}`);
}

/** Drops the parser's `x-parser-*` annotations, so the schema is the document's own. */
function cleanSchema(schema: unknown): JsonSchema {
  return JSON.parse(JSON.stringify(schema, (key, value) => (key.startsWith('x-parser-') ? undefined : value))) as JsonSchema;
}
