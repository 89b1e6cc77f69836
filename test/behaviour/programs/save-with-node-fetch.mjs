// A CLI that saves a generated image: downloads the URL with node-fetch 2.
import OpenAI from 'openai';
import fetch from 'node-fetch';
import { writeFile } from 'node:fs/promises';

const openai = new OpenAI();

export async function saveImage(prompt, file) {
  const response = await openai.images.generate({
    model: 'dall-e-3',
    prompt,
    size: '1024x1024',
    quality: 'hd',
    response_format: 'url',
  });
  const imageUrl = response.data[0].url;
  if (!imageUrl) throw new Error('no image returned');
  const res = await fetch(imageUrl);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const buffer = await res.buffer();
  await writeFile(file, buffer);
  return file;
}

saveImage(process.argv[2] ?? 'a lighthouse at dusk', 'out.png').then(
  (file) => console.log(`saved ${file}`),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
