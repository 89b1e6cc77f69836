// A gateway's task API.
export async function submit(prompt) {
  const res = await fetch('https://api.hiapi.ai/v1/tasks', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.HIAPI_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-image-2/text-to-image', input: { prompt } }),
  });
  return (await res.json()).data.taskId;
}
