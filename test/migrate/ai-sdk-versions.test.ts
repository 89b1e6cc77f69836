/**
 * The TODO `migrate` leaves for an AI SDK project too old for the target says
 * what that project's `@ai-sdk/openai` does with it (facts sheet §14): 3.0.54
 * to 3.0.87 send a 2.5/2.6 id without `response_format` but one image per call.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, gitProject, migrate, read } from './support.js';

afterEach(cleanup);

const SRC = `import { openai } from "@ai-sdk/openai";
import { experimental_generateImage as generateImage } from "ai";

export async function avatar(prompt) {
  const { image } = await generateImage({ model: openai.image("dall-e-3"), prompt, size: "1024x1024" });
  return image.base64;
}
`;

const pkg = (range: string) => JSON.stringify({ name: 'x', private: true, type: 'module', dependencies: { '@ai-sdk/openai': range, ai: '^6.0.0' } });

describe('gpt-image migrate: the AI SDK version TODO', () => {
  it('3.0.60 with a 2.6 target: no response_format, but one image per call', async () => {
    const dir = gitProject({ 'package.json': pkg('^3.0.60'), 'src/avatar.mjs': SRC });
    expect((await migrate(dir, ['--target', 'gpt-image-2.6-sunburst'])).code).toBe(0);
    const out = read(dir, 'src/avatar.mjs');
    expect(out).toContain('needs `@ai-sdk/openai` 3.0.88 or later; its version(s) send no `response_format` for `gpt-image-2.6-sunburst` but only one image per call');
    expect(out).toContain('openai.image("dall-e-3")');
  });

  it('3.0.40 with a 2.6 target: before 3.0.54 response_format is sent', async () => {
    const dir = gitProject({ 'package.json': pkg('^3.0.40'), 'src/avatar.mjs': SRC });
    expect((await migrate(dir, ['--target', 'gpt-image-2.6-sunburst'])).code).toBe(0);
    expect(read(dir, 'src/avatar.mjs')).toContain(
      'versions before 3.0.54 send `response_format` (rejected by GPT image models) and one image per call, and later ones up to that upgrade send no `response_format`',
    );
  });

  it('3.0.60 with gpt-image-2: known by name, so the id moves', async () => {
    const dir = gitProject({ 'package.json': pkg('^3.0.60'), 'src/avatar.mjs': SRC });
    expect((await migrate(dir, [])).code).toBe(0);
    expect(read(dir, 'src/avatar.mjs')).toContain('openai.image("gpt-image-2")');
  });
});
