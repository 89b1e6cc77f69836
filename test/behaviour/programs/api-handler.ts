// An HTTP handler that answers with JSON: the image URL goes back to the browser.
import OpenAI from 'openai';

const openai = new OpenAI();

export async function createSticker(prompt: string): Promise<{ image: string | null; format: string }> {
  const res = await openai.images.generate({
    model: 'dall-e-3',
    prompt: `A sticker: ${prompt}`,
    style: 'vivid',
    output_format: 'webp',
  });
  const image = res.data?.[0]?.url ?? null;
  return { image, format: 'webp' };
}

export async function avatar(prompt: string): Promise<string> {
  const res = await openai.images.generate({ model: 'dall-e-2', prompt, size: '256x256' });
  const u = res.data?.[0]?.url;
  if (!u) throw new Error('no image');
  return u;
}

const which = process.argv[2];
(which === 'avatar' ? avatar('a smiling robot').then((image) => ({ image })) : createSticker('a cat'))
  .then((body) => console.log(JSON.stringify(body)))
  .catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
