import { openai } from './openai';

export async function illustrate(story: string) {
  const response = await openai.responses.create({
    model: 'gpt-5.5',
    input: `Illustrate this story: ${story}`,
    tools: [{ type: 'image_generation', model: 'gpt-image-1', quality: 'medium' }],
  });
  return response.output.filter((item) => item.type === 'image_generation_call');
}
