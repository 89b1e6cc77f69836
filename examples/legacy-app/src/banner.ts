import { openai } from './openai';

const IMAGE_CONFIG = {
  model: 'dall-e-3',
  size: '1024x1024',
} as const;

enum Quality {
  Banner = 'standard',
}

const BANNER_DEFAULTS = {
  quality: Quality.Banner,
  n: 1,
};

export async function renderBanner(title: string) {
  const { data } = await openai.images.generate({
    ...BANNER_DEFAULTS,
    model: IMAGE_CONFIG.model,
    size: IMAGE_CONFIG.size,
    prompt: `A website banner that says "${title}"`,
  });
  return data?.map((image) => image.b64_json);
}
