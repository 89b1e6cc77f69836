import { openai } from './openai';

/** Sketches an idea: the image model was put in the top-level model of a Responses request. */
export async function sketch(idea: string) {
  const response = await openai.responses.create({
    model: 'gpt-image-2',
    input: `Sketch this idea: ${idea}`,
  });
  return response.output.filter((item) => item.type === 'image_generation_call');
}
