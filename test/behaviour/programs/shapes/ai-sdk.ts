// Vercel AI SDK: an image model in generateImage, and the image_generation tool.
import { openai } from '@ai-sdk/openai';
import { experimental_generateImage as generateImage } from 'ai';

export async function hero(prompt: string) {
  const { image } = await generateImage({
    model: openai.image('dall-e-3'),
    prompt,
    size: '1024x1024',
    providerOptions: { openai: { style: 'vivid', quality: 'hd' } },
  });
  return image.base64;
}

export const drawTool = openai.tools.imageGeneration({ model: 'gpt-image-1', outputFormat: 'webp' });
