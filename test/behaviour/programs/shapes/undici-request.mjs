// undici's request to the edits endpoint with FormData.
import { request, FormData } from 'undici';

export async function edit(file, prompt) {
  const form = new FormData();
  form.append('model', 'dall-e-2');
  form.append('image', file);
  form.append('prompt', prompt);
  form.append('response_format', 'url');
  const { body } = await request('https://api.openai.com/v1/images/edits', { method: 'POST', body: form });
  return (await body.json()).data[0].url;
}
