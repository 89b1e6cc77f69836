// Requests whose parameters conflict in ways only their author can settle.
import OpenAI from 'openai';

const openai = new OpenAI();

export async function sticker(prompt) {
  const res = await openai.images.generate({
    model: 'gpt-image-1',
    prompt,
    background: 'transparent',
    output_format: 'jpeg',
  });
  return res.data[0].b64_json;
}

export async function poster(prompt) {
  return openai.images.generate({ model: 'gpt-image-2', prompt, quality: 'max' });
}

export async function thumb(prompt) {
  return openai.images.generate({ model: 'gpt-image-1', prompt, output_format: 'png', output_compression: 80 });
}

export async function next(prompt) {
  return openai.images.generate({ model: 'gpt-image-3', prompt });
}

const calls = { sticker, poster, thumb, next };
calls[process.argv[2]]('a paper boat').then(
  () => console.log('ok'),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
