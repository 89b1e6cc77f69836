// Sent through APIYI, which relays gpt-image-2 and may serve other models; the model comes from the environment.
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: 'https://api.apiyi.com/v1' });

export async function generate(prompt) {
  const result = await client.images.generate({
    model: process.env.IMAGE_MODEL || 'dall-e-3',
    prompt,
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
