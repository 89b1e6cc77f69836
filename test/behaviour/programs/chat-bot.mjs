// A chat bot command: posts the image link to the channel.
import OpenAI from 'openai';
import { Channel } from 'chat-channel';

const openai = new OpenAI();

export async function imagine(channel, prompt) {
  const image = await openai.images.generate({ model: 'dall-e-3', prompt, n: 1 });
  const link = image.data[0].url;
  console.log('generated', link);
  await channel.send({ content: link });
}

export const tools = {
  draw: {
    description: 'Draw a picture',
    execute: async ({ prompt }) => {
      const r = await openai.images.generate({ model: 'dall-e-3', prompt });
      return { url: r.data[0].url };
    },
  },
};

const channel = new Channel();
imagine(channel, 'a cat in a hat').then(
  () => console.log(JSON.stringify(channel.sent.map((m) => String(m.content ?? '').length))),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
