// Generates a thumbnail and stores it: axios downloads the URL as bytes.
import axios from 'axios';
import OpenAI from 'openai';
import * as fs from 'node:fs';

const client = new OpenAI();

async function main(): Promise<void> {
  const result = await client.images.generate({ model: "dall-e-2", prompt: "a red fox, flat icon", size: "512x512", n: 1 });
  const { data } = await axios.get(result.data![0].url!, { responseType: 'arraybuffer' });
  fs.writeFileSync('fox.png', data);
  console.log('wrote fox.png');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
