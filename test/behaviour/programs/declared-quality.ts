// The caller picks the quality from a typed union the DALL-E API took.
import OpenAI from 'openai';

const openai = new OpenAI();

export async function poster(prompt: string, quality: 'standard' | 'hd') {
  const result = await openai.images.generate({ model: 'dall-e-3', prompt, quality });
  return result.data?.[0]?.b64_json ?? null;
}

poster('a harbour at night', 'hd').then(
  (b64) => console.log(JSON.stringify({ bytes: b64?.length ?? 0 })),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
