import { HttpError } from '../../../core/http-error.js';
import type { ChatProvider } from './chat-provider.js';

/** One image from a prompt, base64 with its media type. */
export class ImageService {
  constructor(private readonly provider: ChatProvider) {}

  async generate(prompt: string): Promise<{ b64_json: string; mimeType: string }> {
    try {
      const image = await this.provider.generateImage(prompt);
      return { b64_json: image.b64, mimeType: image.mimeType };
    } catch {
      throw new HttpError(500, 'image_failed', 'Image generation failed');
    }
  }
}
