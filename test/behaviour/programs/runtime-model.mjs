// The model comes from the environment; a gateway that still serves DALL-E gets response_format.
import OpenAI from 'openai';

// OPENAI_BASE_URL points the SDK at a gateway in some deployments.
const client = new OpenAI();

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
