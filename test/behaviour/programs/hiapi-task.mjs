// Text-to-image through the HiAPI task API: submit, poll, download the result.
import { writeFile } from 'node:fs/promises';

const KEY = process.env.HIAPI_KEY ?? 'hk-test';
const headers = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };

async function generate(prompt) {
  const submit = await fetch('https://api.hiapi.ai/v1/tasks', {
    method: 'POST',
    headers,
    body: JSON.stringify({ model: 'gpt-image-2/text-to-image', input: { prompt } }),
  });
  if (!submit.ok) throw new Error(`submit failed: ${submit.status}`);
  const { data } = await submit.json();
  for (;;) {
    const poll = await fetch(`https://api.hiapi.ai/v1/tasks/${data.taskId}`, { headers });
    const task = (await poll.json()).data;
    if (task.status === 'success') return task.output[0].url;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const url = await generate('a lighthouse');
const image = await fetch(url);
await writeFile('task.png', Buffer.from(await image.arrayBuffer()));
console.log('saved task.png');
