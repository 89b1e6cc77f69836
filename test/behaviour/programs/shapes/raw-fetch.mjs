// Raw HTTP with the global fetch: JSON body through JSON.stringify.
const API = 'https://api.openai.com/v1';

export async function draw(prompt) {
  const res = await fetch(`${API}/images/generations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'dall-e-3', prompt, size: '1792x1024', quality: 'standard' }),
  });
  if (!res.ok) throw new Error(`OpenAI ${res.status}`);
  const json = await res.json();
  return json.data[0].url;
}

console.log(JSON.stringify({ image: (await draw('a whale')).slice(0, 22) }));
