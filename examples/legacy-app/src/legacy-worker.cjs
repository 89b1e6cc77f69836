const OpenAI = require('openai');

const client = new OpenAI();

async function nightlyPoster(theme) {
  const poster = await client.images.generate({ model: 'chatgpt-image-latest', prompt: theme, size: '1536x1024' });
  return poster.data[0].b64_json;
}

module.exports = { nightlyPoster };
