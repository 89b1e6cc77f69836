// openai-node v4+: a service class, an edit on this.client, a destructured images, a variation.
import OpenAI from 'openai';
import { createReadStream } from 'node:fs';

export class ImageService {
  constructor(private readonly client: OpenAI = new OpenAI()) {}

  async icon(prompt: string): Promise<string | undefined> {
    const res = await this.client.images.generate({ model: 'dall-e-2', prompt, size: '512x512', n: 1 });
    return res.data?.[0]?.url;
  }

  async retouch(path: string, prompt: string) {
    const res = await this.client.images.edit({ model: 'gpt-image-1', image: createReadStream(path), prompt, input_fidelity: 'high' });
    return res.data?.[0]?.b64_json;
  }

  async variation(path: string) {
    const { images } = this.client;
    return images.createVariation({ image: createReadStream(path), n: 2 });
  }
}

const svc = new ImageService();
console.log(JSON.stringify({ icon: (await svc.icon('a paper plane'))?.slice(0, 22), retouch: (await svc.retouch('in.png', 'brighter'))?.length }));
