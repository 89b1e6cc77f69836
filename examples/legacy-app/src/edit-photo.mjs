import fs from 'node:fs';
import { openai } from './openai.js';

export async function removeBackground(path) {
  const edited = await openai.images.edit({
    model: "gpt-image-1.5",
    image: fs.createReadStream(path),
    prompt: "Remove the background, keep the subject",
    input_fidelity: "high",
    background: "transparent",
    output_format: "png",
  });
  return edited.data[0].b64_json;
}
