import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ChatCall = { model: string; prompt: string; authorization?: string };

export type FakeOpenAi = {
  /** Base URL as OPENAI_BASE_URL takes it (`http://127.0.0.1:<port>/v1`). */
  baseUrl: string;
  chats: ChatCall[];
  /** GET /v1/models probes, with the Authorization each carried. */
  probes: (string | undefined)[];
  /** Holds every chat answer until this many chat requests have arrived (0: answer at once). */
  barrier: number;
  /** Status GET /v1/models answers (0: never answers); 401 for the key `sk-rejected` regardless. */
  modelsStatus: number;
  /** When set, GET /v1/models answers this JSON body instead of the model list. */
  modelsBody?: unknown;
  close(): Promise<void>;
};

/**
 * A local server speaking the OpenAI chat-completions wire format. `bad-model` answers 500, `slow-model` never
 * answers (a timeout), `nul-model` answers with a NUL and a lone surrogate in its text, every other model answers with a text naming itself and the prompt.
 */
export async function startFakeOpenAi(models = ['good-model', 'other-model', 'bad-model', 'slow-model']): Promise<FakeOpenAi> {
  const fake = { chats: [] as ChatCall[], probes: [] as (string | undefined)[], barrier: 0, modelsStatus: 200 } as FakeOpenAi;
  const waiting: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const authorization = req.headers.authorization;
      if (req.method === 'GET' && req.url === '/v1/models') {
        fake.probes.push(authorization);
        if (fake.modelsStatus === 0) return;
        const status = authorization === 'Bearer sk-rejected' ? 401 : fake.modelsStatus;
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(fake.modelsBody ?? { object: 'list', data: models.map((id) => ({ id, object: 'model' })) }));
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const prompt = String(body.messages?.[0]?.content ?? '');
      fake.chats.push({ model: body.model, prompt, authorization });
      const answer = () => {
        if (body.model === 'slow-model') return;
        if (body.model === 'bad-model') {
          res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { message: 'overloaded' } }));
          return;
        }
        // `nul-model` answers what Postgres cannot store as text: a NUL character and an unpaired surrogate.
        const content = body.model === 'nul-model' ? 'before\u0000after \ud800 end' : `fake ${body.model} answer to: ${prompt.slice(0, 60)}`;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(
          JSON.stringify({ model: body.model, choices: [{ message: { role: 'assistant', content } }], usage: { prompt_tokens: 100, completion_tokens: 50 } }),
        );
      };
      if (fake.barrier > 0 && fake.chats.length < fake.barrier) waiting.push(answer);
      else {
        for (const release of waiting.splice(0)) release();
        answer();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections());
  return fake;
}
