// The openai v3 SDK.
const { Configuration, OpenAIApi } = require('openai');

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));

async function logo(prompt) {
  const response = await openai.createImage({ prompt, n: 1, size: '512x512' });
  return response.data.data[0].url;
}

module.exports = { logo };
