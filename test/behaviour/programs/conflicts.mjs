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

// An edit helper on a gateway this file does not name: the id is its to change, far down a long call.
const gateway = new OpenAI({ baseURL: process.env.IMAGE_GATEWAY_URL });

export async function retouch(image, prompt) {
  const res = await gateway.images.edit({
    image,
    prompt,
    n: 1,
    size: '1024x1024',
    quality: 'high',
    model: 'gpt-image-1',
  });
  return res.data[0].b64_json;
}

const calls = { sticker, poster, thumb, next, retouch: (prompt) => retouch({ __file: 'in.png' }, prompt) };
calls[process.argv[2]]('a paper boat').then(
  () => console.log('ok'),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
