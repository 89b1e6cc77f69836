// Raw HTTP with axios (CommonJS): the body as a same-file variable.
const axios = require('axios');

async function draw(prompt) {
  const body = { model: 'gpt-image-1-mini', prompt, n: 1, output_format: 'jpeg' };
  const { data } = await axios.post('https://api.openai.com/v1/images/generations', body, {
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
  });
  return data.data[0].b64_json;
}

draw('a kite').then((b64) => console.log(JSON.stringify({ jpeg: Buffer.from(b64, 'base64').subarray(0, 2).toString('hex') })));
