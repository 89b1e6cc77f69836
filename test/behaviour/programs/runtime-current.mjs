// Already on gpt-image-2 by default, but the request still carries DALL-E parameters.
import OpenAI from 'openai';

const client = new OpenAI();

export async function generate(prompt) {
  const result = await client.images.generate({
    model: process.env.IMAGE_MODEL ?? 'gpt-image-2',
    prompt,
    quality: 'standard',
    response_format: 'url',
  });
  return result.data[0].url;
}

generate('a red bicycle').then(
  (url) => console.log(JSON.stringify({ url })),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
