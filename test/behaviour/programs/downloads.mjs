// The download shapes real code uses to save a generated image.
import OpenAI from 'openai';
import fetch from 'node-fetch';
import axios from 'axios';
import got from 'got';
import { fetch as webFetch } from 'undici';
import { createWriteStream, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const openai = new OpenAI();
const ask = { model: 'dall-e-3', prompt: 'a paper boat', response_format: 'url' };

export async function viaPipeline(file) {
  const image = await openai.images.generate(ask);
  const res = await fetch(image.data[0].url);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  await pipeline(res.body, createWriteStream(file));
}

export async function viaPipe(file) {
  const image = await openai.images.generate(ask);
  const res = await fetch(image.data[0].url);
  await new Promise((resolve, reject) => res.body.pipe(createWriteStream(file)).on('finish', resolve).on('error', reject));
}

export async function viaFromWeb(file) {
  const image = await openai.images.generate(ask);
  const res = await webFetch(image.data[0].url);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  await pipeline(Readable.fromWeb(res.body), createWriteStream(file));
}

export async function viaArrayBuffer(file) {
  const image = await openai.images.generate(ask);
  const res = await fetch(image.data[0].url);
  const bytes = await res.arrayBuffer();
  await writeFile(file, Buffer.from(bytes));
}

export async function viaBlob(file) {
  const image = await openai.images.generate(ask);
  const res = await fetch(image.data[0].url);
  const blob = await res.blob();
  await writeFile(file, Buffer.from(await blob.arrayBuffer()));
}

export async function viaAxiosStream(file) {
  const image = await openai.images.generate(ask);
  const { data } = await axios.get(image.data[0].url, { responseType: 'stream' });
  await pipeline(data, createWriteStream(file));
}

export async function viaGot(file) {
  const image = await openai.images.generate(ask);
  const buffer = await got(image.data[0].url).buffer();
  writeFileSync(file, buffer);
}

const ways = { viaPipeline, viaPipe, viaFromWeb, viaArrayBuffer, viaBlob, viaAxiosStream, viaGot };
ways[process.argv[2]]('out.png').then(
  () => console.log('saved'),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
