// A CLI: the model may come from the command line (DALL-E 3 by default), the style from a UI toggle.
import OpenAI from 'openai';

const openai = new OpenAI();

export async function gen(prompt, imageStyle, model = 'dall-e-3') {
  const result = await openai.images.generate({
    model,
    prompt,
    size: '1792x1024',
    quality: 'hd',
    style: imageStyle,
    response_format: 'url',
  });
  return result.data[0].url;
}

export async function poster(prompt, version = 'dall-e-3') {
  const options = { model: version, prompt, n: 1 };
  if (version.startsWith('dall')) {
    options.style = 'vivid';
  }
  const result = await openai.images.generate(options);
  return result.data[0].b64_json ? 'image' : 'none';
}

const [, , command, model] = process.argv;
const run = command === 'poster' ? poster('a harbour at night', model || undefined) : gen('a harbour at night', 'natural', model || undefined);
run.then(
  (out) => console.log(JSON.stringify({ out })),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
