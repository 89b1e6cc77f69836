// A worker that saves generated images: node-fetch 2 streams the body to disk.
const OpenAI = require('openai');
const fetch = require('node-fetch');
const fs = require('node:fs');

const openai = new OpenAI();

async function save(prompt, file) {
  const result = await openai.images.generate({ model: 'dall-e-2', prompt, size: '512x512' });
  const response = await fetch(result.data[0].url);
  if (!response.ok) throw new Error('download failed');
  await new Promise((resolve, reject) => {
    const out = fs.createWriteStream(file);
    response.body.pipe(out);
    out.on('finish', resolve);
    out.on('error', reject);
  });
}

save('a lighthouse', 'out.png').then(
  () => console.log('saved'),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
