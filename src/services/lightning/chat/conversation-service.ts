import type { Knex } from 'knex';
import type { components } from '../../../../generated/lightning/types.js';
import type { SseStream } from '../../../core/handler-types.js';
import { HttpError } from '../../../core/http-error.js';
import type { ChatProvider, ChatTurn } from './chat-provider.js';

type Conversation = components['schemas']['GeminiConversation'];
type Message = components['schemas']['GeminiMessage'];

const notFound = () => new HttpError(404, 'not_found', 'Conversation not found');
const iso = (value: Date | string) => new Date(value).toISOString();

const conversationOf = (row: Record<string, any>): Conversation => ({ id: row.id, title: row.title, createdAt: iso(row.created_at) });
const messageOf = (row: Record<string, any>): Message => ({
  id: row.id,
  conversationId: row.conversation_id,
  role: row.role,
  content: row.content,
  createdAt: iso(row.created_at),
  ...(row.complete ? {} : { incomplete: true }),
});

const isForeignKeyViolation = (err: unknown) => (err as { code?: string }).code === '23503';

/** Stored chat conversations; a reply is streamed as the provider produces it and stored once it ends. */
export class ConversationService {
  constructor(
    private readonly knex: Knex,
    private readonly provider: ChatProvider,
    private readonly defaultModel: string,
  ) {}

  async list(): Promise<Conversation[]> {
    return (await this.knex('ln_gemini_conversations').orderBy('id')).map(conversationOf);
  }

  async create(title: string): Promise<Conversation> {
    const [row] = await this.knex('ln_gemini_conversations').insert({ title }).returning('*');
    return conversationOf(row);
  }

  async get(id: number) {
    const conversation = await this.find(id);
    return { ...conversationOf(conversation), messages: await this.messages(id) };
  }

  async messages(id: number): Promise<Message[]> {
    await this.find(id);
    return (await this.knex('ln_gemini_messages').where({ conversation_id: id }).orderBy('id')).map(messageOf);
  }

  async delete(id: number): Promise<void> {
    const count = await this.knex('ln_gemini_conversations').where({ id }).delete();
    if (count === 0) throw notFound();
  }

  /**
   * Stores the user's message and starts the reply. The first piece is awaited here, so a provider that fails at
   * once is a plain 500; what follows is written by the returned producer as SSE frames.
   */
  async send(id: number, content: string, requestedModel?: string): Promise<(stream: SseStream) => Promise<void>> {
    // A blank model is how many clients send an unset one; passed on, it names no model and the provider fails (500).
    const model = requestedModel?.trim() || this.defaultModel;
    await this.find(id);
    // A delete committed since the look above fails the insert on the conversation's foreign key: the same 404.
    const [own] = await this.knex('ln_gemini_messages')
      .insert({ conversation_id: id, role: 'user', content })
      .returning('id')
      .catch((err) => {
        throw isForeignKeyViolation(err) ? notFound() : err;
      });
    // The conversation as it stood when this message came: a message another client sends a moment later is not
    // this one's to answer (the model replies to the last user turn it is given).
    const history = await this.knex('ln_gemini_messages').where({ conversation_id: id, complete: true }).where('id', '<=', own.id).orderBy('id');
    const turns: ChatTurn[] = history.map((m) => ({
      role: m.role,
      content: m.content,
    }));
    const abort = new AbortController();
    const pieces = this.provider.streamReply(turns, model, abort.signal)[Symbol.asyncIterator]();
    let first: IteratorResult<string>;
    try {
      first = await pieces.next();
    } catch {
      throw new HttpError(500, 'provider_failed', 'The model failed to answer');
    }
    return async (stream) => {
      stream.signal.addEventListener('abort', () => abort.abort());
      let reply = '';
      let failure: string | undefined;
      try {
        for (let next = first; !next.done; next = await pieces.next()) {
          reply += next.value;
          stream.send({ data: { content: next.value } });
          if (stream.isClosed) break;
        }
      } catch (err) {
        failure = stream.isClosed ? undefined : `Generation failed: ${(err as Error).message}`;
      }
      const complete = !failure && !stream.isClosed;
      // A reply cut short (the client left, the model failed) is kept, marked incomplete; an empty one is not.
      if (complete || reply !== '') {
        try {
          await this.knex('ln_gemini_messages').insert({ conversation_id: id, role: 'assistant', content: reply, complete });
        } catch (err) {
          if (!isForeignKeyViolation(err)) throw err;
          failure = 'The conversation was deleted while the reply was written';
        }
      }
      stream.send({ data: failure ? { error: failure } : { done: true } });
    };
  }

  private async find(id: number): Promise<Record<string, any>> {
    const row = await this.knex('ln_gemini_conversations').where({ id }).first();
    if (!row) throw notFound();
    return row;
  }
}
