import { describe, expect, it } from 'vitest';
import { type Destination, analyzeFile, destinationOf } from '../../src/analysis/index.js';
import { type Flavor, parseAs } from './parse.js';

/** Where each image request of a snippet goes, as the analysis reads it. */
function destinations(flavor: Flavor, code: string): Destination[] {
  const fa = analyzeFile(parseAs(flavor, code), code);
  return fa.requests.map((r) => destinationOf(fa.index, r));
}

const cases: [string, string, Destination][] = [
  [
    'a default client: the SDK default base URL and key variable',
    `const c = new OpenAI(); c.images.generate({ model: 'gpt-image-2', prompt: 'p' });`,
    { api: 'images', base: { kind: 'default' }, key: { kind: 'default', name: 'OPENAI_API_KEY' } },
  ],
  [
    'a gateway client with its own key variable',
    `const c = new OpenAI({ baseURL: 'https://api.apiyi.com/v1', apiKey: process.env.APIYI_KEY }); c.images.generate({ model: 'gpt-image-2', prompt: 'p' });`,
    { api: 'images', base: { kind: 'spelled', url: 'https://api.apiyi.com/v1' }, key: { kind: 'env', name: 'APIYI_KEY' } },
  ],
  [
    'a base URL from the environment with a fallback, through consts',
    `const BASE = process.env.GW_URL ?? 'https://gw.example.com/v1'; const KEY = process.env['GW_KEY']; const c = new OpenAI({ baseURL: BASE, apiKey: KEY }); c.images.edit({ model: 'gpt-image-2', image, prompt: 'p' });`,
    { api: 'images', base: { kind: 'env', name: 'GW_URL', fallback: 'https://gw.example.com/v1' }, key: { kind: 'env', name: 'GW_KEY' } },
  ],
  [
    'a base URL the file does not spell',
    `function f(url) { const c = new OpenAI({ baseURL: url }); return c.images.generate({ model: 'gpt-image-2', prompt: 'p' }); }`,
    { api: 'images', base: { kind: 'unknown', why: 'the code sets it to a value this file does not spell' }, key: { kind: 'default', name: 'OPENAI_API_KEY' } },
  ],
  [
    'the Responses image tool',
    `const c = new OpenAI({ apiKey: process.env.OPENAI_KEY_PROD }); c.responses.create({ model: 'gpt-5.5', input: 'p', tools: [{ type: 'image_generation', model: 'gpt-image-2' }] });`,
    { api: 'responses', base: { kind: 'default' }, key: { kind: 'env', name: 'OPENAI_KEY_PROD' } },
  ],
  [
    "HiAPI's task API over fetch, with the key its header reads",
    "fetch('https://api.hiapi.ai/v1/tasks', { method: 'POST', headers: { Authorization: `Bearer ${process.env.HIAPI_KEY}` }, body: JSON.stringify({ model: 'gpt-image-2', input: { prompt: 'p' } }) });",
    { api: 'tasks', base: { kind: 'spelled', url: 'https://api.hiapi.ai/v1' }, key: { kind: 'env', name: 'HIAPI_KEY' } },
  ],
  [
    'raw HTTP to the Images API',
    "axios.post('https://api.openai.com/v1/images/generations', { model: 'gpt-image-2', prompt: 'p' }, { headers: { Authorization: 'Bearer ' + process.env.OPENAI_API_KEY } });",
    { api: 'images', base: { kind: 'spelled', url: 'https://api.openai.com/v1' }, key: { kind: 'env', name: 'OPENAI_API_KEY' } },
  ],
];

describe('destinationOf: where a request goes, as the code says', () => {
  for (const flavor of ['estree', 'babel'] as const) {
    it.each(cases)(`%s (${flavor})`, (_name, code, expected) => {
      expect(destinations(flavor, code)).toEqual([expected]);
    });
  }

  it('a raw HTTP URL built from a part the file does not spell is unknown', () => {
    const [d] = destinations('estree', "fetch(`${base}/v1/images/generations`, { method: 'POST', body: JSON.stringify({ model: 'gpt-image-2', prompt: 'p' }) });");
    expect(d.base).toEqual({ kind: 'unknown', why: 'the request URL `${...}/v1/images/generations` is built from parts this file does not spell' });
    expect(d.key.kind).toBe('unknown');
  });
});
