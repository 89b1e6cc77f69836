// openai-node v4+: Responses with the image tool, and an image model put on top by mistake.
import OpenAI from 'openai';

const openai = new OpenAI();

export async function illustrate(topic: string) {
  const response = await openai.responses.create({
    model: 'gpt-image-1',
    input: `Draw ${topic}`,
    tools: [{ type: 'image_generation', quality: 'high' }],
  });
  const call = response.output.find((o) => o.type === 'image_generation_call');
  return call && 'result' in call ? call.result : null;
}

export async function caption(topic: string) {
  const chat = await openai.chat.completions.create({ model: 'gpt-5.5', messages: [{ role: 'user', content: topic }] });
  return chat.choices[0].message.content;
}

console.log(JSON.stringify({ bytes: (await illustrate('a fox'))?.length }));
