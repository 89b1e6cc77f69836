// Already moved to gpt-image-2 by hand, with DALL-E parameters left behind.
import OpenAI from 'openai';
import { writeFileSync } from 'node:fs';

const openai = new OpenAI();

async function banner(prompt) {
  const r = await openai.images.generate({
    model: 'gpt-image-2',
    prompt,
    style: 'vivid',
    response_format: 'url',
    quality: 'hd',
    size: '256x256',
  });
  return r.data[0].url;
}

async function poster(prompt) {
  const res = await openai.responses.create({
    model: 'gpt-5.5',
    input: prompt,
    tool_choice: { type: 'image_generation' },
  });
  const call = res.output.find((o) => o.type === 'image_generation_call');
  return Buffer.from(call.result, 'base64');
}

const url = await banner('a banner for a bakery');
writeFileSync('poster.png', await poster('a poster for a bakery'));
console.log(JSON.stringify({ url }));
