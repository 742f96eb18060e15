import type { ChatProvider, ChatTurn, GeneratedImage } from './chat-provider.js';

type GeminiOptions = { apiKey: string; baseUrl: string; imageModel: string; timeoutMs: number };
type Part = { text?: string; inlineData?: { mimeType: string; data: string } };
type GeminiResponse = { candidates?: { content?: { parts?: Part[] } }[] };

/**
 * Google's Gemini API over REST (`generativelanguage` v1beta, `x-goog-api-key`): `streamGenerateContent?alt=sse`
 * for replies, `generateContent` with image output for pictures.
 */
export class GeminiChatProvider implements ChatProvider {
  readonly key = 'gemini' as const;

  constructor(private readonly options: GeminiOptions) {}

  async *streamReply(turns: ChatTurn[], model: string, signal: AbortSignal): AsyncIterable<string> {
    const res = await this.post(`${encodeURIComponent(model)}:streamGenerateContent?alt=sse`, {
      contents: turns.map((t) => ({ role: t.role === 'assistant' ? 'model' : 'user', parts: [{ text: t.content }] })),
    }, signal);
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const bytes of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(bytes, { stream: true });
      let end: number;
      while ((end = buffered.search(/\r?\n\r?\n/)) !== -1) {
        const frame = buffered.slice(0, end);
        buffered = buffered.slice(end).replace(/^\r?\n\r?\n/, '');
        const data = frame
          .split(/\r?\n/)
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        if (!data) continue;
        const text = textOf(JSON.parse(data) as GeminiResponse);
        if (text) yield text;
      }
    }
  }

  async generateImage(prompt: string): Promise<GeneratedImage> {
    const res = await this.post(`${encodeURIComponent(this.options.imageModel)}:generateContent`, {
      contents: [{ role: 'user', parts: [{ text: prompt }] }],
      generationConfig: { responseModalities: ['TEXT', 'IMAGE'] },
    });
    const body = (await res.json()) as GeminiResponse;
    const image = body.candidates?.[0]?.content?.parts?.find((p) => p.inlineData)?.inlineData;
    if (!image) throw new Error('Gemini returned no image');
    return { b64: image.data, mimeType: image.mimeType };
  }

  private async post(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const res = await fetch(`${this.options.baseUrl}/v1beta/models/${path}`, {
      method: 'POST',
      headers: { 'x-goog-api-key': this.options.apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!res.ok) {
      const detail = await res.text().catch(() => '');
      throw new Error(`Gemini answered ${res.status}${detail ? `: ${detail.slice(0, 200)}` : ''}`);
    }
    return res;
  }
}

function textOf(response: GeminiResponse): string {
  return (response.candidates?.[0]?.content?.parts ?? []).map((p) => p.text ?? '').join('');
}
