import { describe, expect, it } from 'vitest';
import { legacyModelFindings } from '../../src/analysis/checks/legacy-model.js';
import { applyEdits, analyzeFile } from '../../src/analysis/index.js';
import { type Flavor, parseAs } from './parse.js';

const today = '2026-11-22';

function migrate(flavor: Flavor, code: string, target = 'gpt-image-2'): string {
  const fa = analyzeFile(parseAs(flavor, code), code);
  const edits = legacyModelFindings(fa, { target, allow: [], today }).flatMap((f) => f.suggestions[0]?.edits ?? []);
  return applyEdits(code, edits).text;
}

const cases: [string, string, string, string?][] = [
  [
    'dall-e-3 with every DALL-E parameter, one per line',
    `const r = await openai.images.generate({
  model: "dall-e-3",
  prompt: "a fox",
  size: "1792x1024",
  quality: "hd",
  style: "vivid",
  response_format: "url",
});`,
    `const r = await openai.images.generate({
  model: "gpt-image-2",
  prompt: "a fox",
  size: "1792x1024",
  quality: "high",
  // TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.
});`,
  ],
  [
    'fixed-size target maps 1792x1024 and standard quality',
    `openai.images.generate({ model: 'dall-e-3', prompt: 'p', size: '1024x1792', quality: 'standard' })`,
    `openai.images.generate({ model: 'gpt-image-1.5', prompt: 'p', size: '1024x1536', quality: 'medium' })`,
    'gpt-image-1.5',
  ],
  [
    'small DALL-E 2 squares become 1024x1024, b64_json response_format is dropped',
    `openai.images.generate({ model: "dall-e-2", prompt: "p", size: "256x256", response_format: "b64_json", n: 4 })`,
    `openai.images.generate({ model: "gpt-image-2", prompt: "p", size: "1024x1024", n: 4 })`,
  ],
  [
    'the last property on a shared line takes the comma before it',
    `openai.images.generate({ model: "dall-e-3", prompt: "p", response_format: "url" })`,
    `openai.images.generate({ model: "gpt-image-2", prompt: "p" })`,
  ],
  [
    'edits in a spread base object and in a const',
    `const MODEL = 'dall-e-3';
const BASE = { style: 'natural', response_format: 'url' };
openai.images.generate({ ...BASE, model: MODEL, prompt: 'p' });`,
    `const MODEL = 'gpt-image-2';
const BASE = { /* TODO(gpt-image): style "natural" is not supported by gpt-image-2; describe it in the prompt. */ };
openai.images.generate({ ...BASE, model: MODEL, prompt: 'p' });`,
  ],
  [
    'only the legacy branch of a conditional changes',
    `openai.images.generate({ model: hd ? "dall-e-3" : "gpt-image-2.5-sunburst", prompt: "p" })`,
    `openai.images.generate({ model: hd ? "gpt-image-2" : "gpt-image-2.5-sunburst", prompt: "p" })`,
  ],
  [
    'input_fidelity is dropped for gpt-image-2 edits',
    `openai.images.edit({
  model: "gpt-image-1.5",
  image,
  prompt: "p",
  input_fidelity: "high",
});`,
    `openai.images.edit({
  model: "gpt-image-2",
  image,
  prompt: "p",
});`,
  ],
  [
    'a value only in preview for the target keeps a TODO above it',
    `openai.images.edit({
  model: "gpt-image-1.5",
  image,
  prompt: "p",
  background: "transparent",
});`,
    `openai.images.edit({
  model: "gpt-image-2",
  image,
  prompt: "p",
  // TODO(gpt-image): background "transparent" is only in preview for gpt-image-2; check it with \`gpt-image verify --generate\`.
  background: "transparent",
});`,
  ],
  [
    'the image_generation tool model moves, other tools stay',
    `openai.responses.create({ model: "gpt-5.5", tools: [{ type: "web_search" }, { type: "image_generation", model: "gpt-image-1" }] })`,
    `openai.responses.create({ model: "gpt-5.5", tools: [{ type: "web_search" }, { type: "image_generation", model: "gpt-image-2" }] })`,
  ],
  [
    'CRLF line endings are kept',
    'openai.images.generate({\r\n  model: "dall-e-3",\r\n  style: "vivid",\r\n  response_format: "url",\r\n  prompt: "p",\r\n});\r\n',
    'openai.images.generate({\r\n  model: "gpt-image-2",\r\n  // TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.\r\n  prompt: "p",\r\n});\r\n',
  ],
];

describe.each(['estree', 'oxc'] as const)('migration plan on %s', (flavor) => {
  it.each(cases)('%s', (_name, input, output, target) => {
    const once = migrate(flavor, input, target);
    expect(once).toBe(output);
    // idempotent: the migrated code has nothing left to migrate
    expect(migrate(flavor, once, target)).toBe(once);
  });
});

it('gives the same text on both ASTs', () => {
  for (const [, input] of cases) expect(migrate('oxc', input)).toBe(migrate('estree', input));
});

it('leaves unknown values as they are, with a TODO where the old model took only values the target does not', () => {
  const code = `openai.images.generate({ model: "dall-e-3", prompt: "p", quality: q, size: pickSize() })`;
  expect(migrate('estree', code)).toBe(
    `openai.images.generate({ model: "gpt-image-2", prompt: "p", /* TODO(gpt-image): \`quality\` came from \`q\`, which may be "standard" or "hd" (the user's choice). It picked DALL-E's \`standard\` or \`hd\` quality; gpt-image-2 takes \`low\`, \`medium\`, \`high\` or \`auto\` instead (\`standard\` -> \`medium\`, \`hd\` -> \`high\`). */ quality: q, size: pickSize() })`,
  );
});

describe('removing a parameter leaves no double space, trailing space or empty line', () => {
  const cases: [string, string, string][] = [
    ['the only property left of an object', `const opts = { response_format: 'url' };\nopenai.images.generate({ model: 'dall-e-3', prompt: 'p', ...opts });`, `const opts = { };\nopenai.images.generate({ model: 'gpt-image-2', prompt: 'p', ...opts });`],
    ['first on a line the others continue below', `openai.images.generate({ response_format: 'url',\n  model: 'dall-e-3', prompt: 'p' });`, `openai.images.generate({\n  model: 'gpt-image-2', prompt: 'p' });`],
    ['last on a line, more lines above', `openai.images.generate({\n  model: 'dall-e-3',\n  prompt: 'p', response_format: 'url'\n});`, `openai.images.generate({\n  model: 'gpt-image-2',\n  prompt: 'p'\n});`],
    ['alone between blank lines', `openai.images.generate({\n  model: 'dall-e-3',\n\n  response_format: 'url',\n\n  prompt: 'p',\n});`, `openai.images.generate({\n  model: 'gpt-image-2',\n\n  prompt: 'p',\n});`],
    ['alone on a line that holds only it after the removal', `openai.images.generate({ model: 'dall-e-3', prompt: 'p',\n  response_format: 'url' });`, `openai.images.generate({ model: 'gpt-image-2', prompt: 'p' });`],
  ];
  for (const [name, input, output] of cases) {
    it(name, () => {
      for (const flavor of ['estree', 'babel'] as const) expect(migrate(flavor, input), flavor).toBe(output);
    });
  }
});
