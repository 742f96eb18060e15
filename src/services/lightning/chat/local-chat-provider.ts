import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PNG } from 'pngjs';
import type { ChatProvider, ChatTurn, GeneratedImage } from './chat-provider.js';

const SIZE = 64;
const CELLS = 8;

/**
 * The default chat provider: offline and deterministic, and it says so in every reply. It streams its reply a
 * word at a time (optionally slowed, to watch the stream), and renders images as a symmetric 8×8 pattern in
 * colours taken from a hash of the prompt, encoded as PNG by pngjs.
 */
export class LocalChatProvider implements ChatProvider {
  readonly key = 'local' as const;

  constructor(private readonly chunkDelayMs = 0) {}

  async *streamReply(turns: ChatTurn[], model: string, signal: AbortSignal): AsyncIterable<string> {
    const last = [...turns].reverse().find((t) => t.role === 'user')?.content ?? '';
    const digest = createHash('sha256').update(JSON.stringify(turns)).digest('hex').slice(0, 12);
    const excerpt = last.replace(/\s+/g, ' ').trim().slice(0, 200);
    const reply = `[local chat model ${model}, not a real Gemini] Reply ${digest} (turn ${turns.length}) to: ${excerpt}`;
    for (const piece of reply.match(/\S+\s*/g) ?? []) {
      if (signal.aborted) return;
      if (this.chunkDelayMs > 0) await sleep(this.chunkDelayMs, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) return;
      yield piece;
    }
  }

  async generateImage(prompt: string): Promise<GeneratedImage> {
    const hash = createHash('sha256').update(prompt).digest();
    const png = new PNG({ width: SIZE, height: SIZE });
    const [fg, bg] = [hash.subarray(0, 3), hash.subarray(3, 6).map((b) => 255 - b)];
    const cell = SIZE / CELLS;
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        // Mirrored left to right, so the pattern reads as a shape rather than noise.
        const cx = Math.min(Math.floor(x / cell), CELLS - 1 - Math.floor(x / cell));
        const cy = Math.floor(y / cell);
        const on = (hash[6 + ((cy * 4 + cx) >> 3)] >> ((cy * 4 + cx) & 7)) & 1;
        const colour = on ? fg : bg;
        const i = (y * SIZE + x) * 4;
        png.data[i] = colour[0];
        png.data[i + 1] = colour[1];
        png.data[i + 2] = colour[2];
        png.data[i + 3] = 255;
      }
    }
    return { b64: PNG.sync.write(png).toString('base64'), mimeType: 'image/png' };
  }
}
