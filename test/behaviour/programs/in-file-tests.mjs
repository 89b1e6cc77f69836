// A module with its tests beside it (node:test): they assert the request it sends.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';

export async function render(client, prompt) {
  const res = await client.images.generate({ model: 'gpt-image-1', prompt, n: 1, size: '1024x1024' });
  return res.data[0].b64_json;
}

export async function poster(client, prompt) {
  const res = await client.images.generate({ model: 'dall-e-3', prompt, style: 'natural' });
  return res.data[0].b64_json;
}

test('render asks for the image model', async () => {
  const generate = mock.fn(async () => ({ data: [{ b64_json: 'AAAA' }] }));
  assert.equal(await render({ images: { generate } }, 'a cat'), 'AAAA');
  assert.deepEqual(generate.mock.calls[0].arguments[0], { model: 'gpt-image-1', prompt: 'a cat', n: 1, size: '1024x1024' });
  assert.equal(generate.mock.calls[0].arguments[0].model, 'gpt-image-1');
});

test('poster sends the style', async () => {
  const generate = mock.fn(async () => ({ data: [{ b64_json: 'AAAA' }] }));
  await poster({ images: { generate } }, 'a dog');
  assert.deepEqual(generate.mock.calls[0].arguments[0], { model: 'dall-e-3', prompt: 'a dog', style: 'natural' });
});
