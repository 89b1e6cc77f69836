import { openai } from './openai.js';

const THUMB_MODEL = 'dall-e-2';

export async function thumbnails(prompt, count = 4) {
  const result = await openai.images.generate({
    model: process.env.THUMB_MODEL ?? THUMB_MODEL,
    prompt,
    n: count,
    size: '256x256',
  });
  return result.data.map((image) => image.b64_json);
}
