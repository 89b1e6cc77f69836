import { openai } from './openai';

/** Renders a profile avatar and returns a URL the browser can show. */
export async function renderAvatar(description: string): Promise<string | undefined> {
  const response = await openai.images.generate({
    model: 'dall-e-3',
    prompt: `A friendly avatar: ${description}`,
    size: '1792x1024',
    quality: 'hd',
    style: 'vivid',
    response_format: 'url',
  });
  return response.data?.[0]?.url;
}
