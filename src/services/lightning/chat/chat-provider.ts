export type ChatTurn = { role: 'user' | 'assistant'; content: string };
export type GeneratedImage = { b64: string; mimeType: string };

/** The model behind the chat routes: a streamed reply to a conversation, and an image from a prompt. */
export interface ChatProvider {
  readonly key: 'local' | 'gemini';
  /** Yields the reply piece by piece as the model produces it; stops early when `signal` aborts. */
  streamReply(turns: ChatTurn[], model: string, signal: AbortSignal): AsyncIterable<string>;
  generateImage(prompt: string): Promise<GeneratedImage>;
}
