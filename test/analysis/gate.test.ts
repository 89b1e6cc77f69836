/**
 * The gate (`mayContainImageCall`) decides which files are parsed and walked
 * at all. It must be sound: every file that could produce a finding passes.
 * Checked here on every fixture file of the repository (any directory named
 * `fixtures` under test/, and examples/) and on a generated tree, by running
 * every check on the ungated analysis of each file the gate turns away.
 * (Inline snippets in rule tests go through the gated analysis: an invalid
 * case the gate turned away would fail its own test.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TARGET, DEFAULT_TEXT_MODEL } from '../../src/catalog/index.js';
import { type FileAnalysis, type Finding, mayContainImageCall, parseOxc } from '../../src/analysis/index.js';
import { findCalls } from '../../src/analysis/calls.js';
import { buildIndex } from '../../src/analysis/scope.js';
import { imageModelInResponsesFindings } from '../../src/analysis/checks/image-model-in-responses.js';
import { legacyModelFindings } from '../../src/analysis/checks/legacy-model.js';
import { previewFeatureFindings } from '../../src/analysis/checks/preview-feature.js';
import { requireModelFindings } from '../../src/analysis/checks/require-model.js';
import { unknownModelFindings } from '../../src/analysis/checks/unknown-model.js';
import { unsupportedParamFindings } from '../../src/analysis/checks/unsupported-param.js';
import { urlResponseFindings } from '../../src/analysis/checks/url-response.js';
import { generate } from '../../bench/generate.mjs';
import { ROOT } from '../support/eslint.js';

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const TODAY = '2026-11-23';

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') sourceFiles(p, out);
    } else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) {
      out.push(p);
    }
  }
  return out;
}

function fixtureDirs(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = path.join(dir, e.name);
    if (/fixtures/.test(e.name)) out.push(p);
    else fixtureDirs(p, out);
  }
  return out;
}

/** Every finding of every check, on the analysis without the gate. */
function allFindings(file: string, text: string): Finding[] {
  const index = buildIndex(parseOxc(text, file), text);
  // Values are followed into the modules the file imports, as in a real run.
  index.file = file;
  const fa: FileAnalysis = { index, ...findCalls(index) };
  return [
    ...imageModelInResponsesFindings(fa, { textModel: DEFAULT_TEXT_MODEL.value }),
    ...legacyModelFindings(fa, { target: DEFAULT_TARGET.value, allow: [], today: TODAY }),
    ...previewFeatureFindings(fa, { today: TODAY }),
    ...requireModelFindings(fa, { target: DEFAULT_TARGET.value, today: TODAY }),
    ...unknownModelFindings(fa, { allow: [] }),
    ...unsupportedParamFindings(fa),
    ...urlResponseFindings(fa),
  ];
}

function check(files: string[]): { passed: number; turnedAway: number } {
  let passed = 0;
  let turnedAway = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (mayContainImageCall(text, file)) {
      passed++;
      continue;
    }
    turnedAway++;
    let findings: Finding[];
    try {
      findings = allFindings(file, text);
    } catch {
      continue; // does not parse: nothing to find
    }
    expect(findings.map((f) => `${path.relative(ROOT, file)}: ${f.messageId}`)).toEqual([]);
  }
  return { passed, turnedAway };
}

const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

describe('the gate is sound', () => {
  it('turns away no fixture file that holds a finding', () => {
    const dirs = [...fixtureDirs(path.join(ROOT, 'test')), path.join(ROOT, 'examples')];
    const files = dirs.flatMap((d) => sourceFiles(d));
    expect(files.length).toBeGreaterThan(40);
    const { passed } = check(files);
    expect(passed).toBeGreaterThan(20);
  });

  it('turns away no generated file that holds a finding', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-gate-'));
    tmp.push(dir);
    const files = generate(dir, 400, 7);
    const { passed, turnedAway } = check(files);
    expect(passed).toBeGreaterThan(0);
    expect(turnedAway).toBeGreaterThan(passed);
  });
});

describe('what the gate lets through', () => {
  it('needs image evidence next to chat, Responses and task words', () => {
    expect(mayContainImageCall(`await openai.chat.completions.create({ model: "gpt-5.5", messages });`)).toBe(false);
    expect(mayContainImageCall(`await openai.responses.create({ model: "gpt-5.5", input: "hi" });`)).toBe(false);
    expect(mayContainImageCall(`await fetch("https://api.hiapi.ai/v1/tasks", { body });`)).toBe(false);
    expect(mayContainImageCall(`await openai.responses.create({ model: "gpt-image-1", input: "draw" });`)).toBe(true);
    expect(mayContainImageCall(`await openai.responses.create({ model, tools: [{ type: "image_generation" }] });`)).toBe(true);
    expect(mayContainImageCall(`await openai.chat.completions.create({ model: "\\u0064all-e-3" });`)).toBe(true);
  });

  it('lets a config module holding a model id through', () => {
    expect(mayContainImageCall(`export const IMAGE_MODEL = 'dall-e-3';`)).toBe(true);
    expect(mayContainImageCall(`export default { model: "gpt-image-1.5" };`)).toBe(true);
  });

  it('lets a Responses, chat or task file through when a project module it imports (through re-exports) holds an id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-gate-'));
    tmp.push(dir);
    writeFileSync(path.join(dir, 'models.ts'), `export const DRAW = 'gpt-image-1';\n`);
    writeFileSync(path.join(dir, 'index.ts'), `export * from './models';\n`);
    writeFileSync(path.join(dir, 'text.ts'), `export const CHAT = 'gpt-5.5';\n`);
    const agent = `import { DRAW } from './index';\nawait openai.responses.create({ model: DRAW, input: 'x' });\n`;
    expect(mayContainImageCall(agent, path.join(dir, 'agent.ts'))).toBe(true);
    // Without a path, or importing only modules without ids, or only packages: turned away.
    expect(mayContainImageCall(agent)).toBe(false);
    expect(mayContainImageCall(`import { CHAT } from './text';\nawait openai.responses.create({ model: CHAT, input: 'x' });\n`, path.join(dir, 'chat.ts'))).toBe(false);
    expect(mayContainImageCall(`import { DRAW } from 'models';\nawait openai.responses.create({ model: DRAW, input: 'x' });\n`, path.join(dir, 'pkg.ts'))).toBe(false);
    // A file with no chat, Responses or task word is not widened (its images calls pass on their own words).
    expect(mayContainImageCall(`import { DRAW } from './index';\nconsole.log(DRAW);\n`, path.join(dir, 'log.ts'))).toBe(false);
    // Nor one where the word sends nothing (no SDK namespace, path or URL name): `responses` as a variable.
    expect(mayContainImageCall(`import { DRAW } from './index';\nconst responses = await Promise.all(jobs.map(run(DRAW)));\n`, path.join(dir, 'jobs.ts'))).toBe(false);
    // A task or Responses URL kept under its name, or written as a path, sends one.
    expect(mayContainImageCall(`import { DRAW, tasksUrl } from './index';\nawait fetch(tasksUrl, { method: 'POST', body: JSON.stringify({ model: DRAW, input }) });\n`, path.join(dir, 'task.ts'))).toBe(true);
    expect(mayContainImageCall(`import { DRAW } from './index';\nawait fetch(base + '/responses', { method: 'POST', body: JSON.stringify({ model: DRAW, input }) });\n`, path.join(dir, 'http.ts'))).toBe(true);
  });

  it('sees a module that appears where an import was not found, in a process that asked before (an editor)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-gate-'));
    tmp.push(dir);
    writeFileSync(path.join(dir, 'index.ts'), `export * from './models';\n`);
    const agent = `import { DRAW } from './index';\nawait openai.responses.create({ model: DRAW, input: 'x' });\n`;
    const other = `await openai.responses.create({ model: 'gpt-5.5', input: 'x' });\n`;
    expect(mayContainImageCall(agent, path.join(dir, 'agent.ts'))).toBe(false);
    writeFileSync(path.join(dir, 'models.ts'), `export const DRAW = 'gpt-image-1';\n`);
    // Past the second an answer read from the disk stands (another question between, so the last answer is not given again).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
    expect(mayContainImageCall(other, path.join(dir, 'other.ts'))).toBe(false);
    expect(mayContainImageCall(agent, path.join(dir, 'agent.ts'))).toBe(true);
  });

  it('does not follow type-only imports, nor count an id inside a longer string', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-gate-'));
    tmp.push(dir);
    writeFileSync(path.join(dir, 'types.ts'), `export type ImageModel = 'gpt-image-1' | 'dall-e-3';\nexport const DEFAULT_IMAGE = 'gpt-image-1.5';\n`);
    writeFileSync(path.join(dir, 'events.ts'), `export const EVENT = 'response.image_generation_call.completed';\n`);
    writeFileSync(path.join(dir, 'shapes.ts'), `export interface ImageTool {\n  type: 'image_generation';\n  model?: 'gpt-image-1' | 'gpt-image-2';\n}\nexport type Size = '1024x1024';\nexport const KIND = 'tool';\n`);
    const file = path.join(dir, 'agent.ts');
    const send = `await openai.responses.create({ model, input: 'x' });\n`;
    // A type carries no value to the file: `import type`, `export type … from`, all-`type` specifiers.
    expect(mayContainImageCall(`import type { ImageModel } from './types';\n${send}`, file)).toBe(false);
    expect(mayContainImageCall(`import { type ImageModel } from './types';\n${send}`, file)).toBe(false);
    expect(mayContainImageCall(`export type { ImageModel } from './types';\n${send}`, file)).toBe(false);
    // A value import of the same module does (the module spells ids), and so does a default import named `type`.
    expect(mayContainImageCall(`import { type ImageModel, DEFAULT_IMAGE } from './types';\n${send}`, file)).toBe(true);
    expect(mayContainImageCall(`import type from './types';\n${send}`, file)).toBe(true);
    // An event name that contains the tool type is not an id the analysis could resolve.
    expect(mayContainImageCall(`import { EVENT } from './events';\n${send}`, file)).toBe(false);
    // Ids in another module's type declarations are no value to import (declared types are followed within a file).
    expect(mayContainImageCall(`import { KIND } from './shapes';\n${send}`, file)).toBe(false);
  });

  it('counts an escaped string only when it spells an id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-gate-'));
    tmp.push(dir);
    writeFileSync(path.join(dir, 'bytes.ts'), `export const NUL = '\\x00';\nexport const re = /\\u00e9/;\n`);
    writeFileSync(path.join(dir, 'hidden.ts'), `export const M = 'gpt\\x2dimage-1';\n`);
    const send = `await openai.responses.create({ model: M, input: 'x' });\n`;
    expect(mayContainImageCall(`import { NUL } from './bytes';\n${send}`, path.join(dir, 'a.ts'))).toBe(false);
    expect(mayContainImageCall(`import { M } from './hidden';\n${send}`, path.join(dir, 'b.ts'))).toBe(true);
    expect(mayContainImageCall(`const sep = '\\x1f';\n${send}`)).toBe(false);
    expect(mayContainImageCall(`const m = \`\\u0064all-e-\${n}\`;\n${send}`)).toBe(true);
  });

  it('reads ids in type declarations only for a file that sends Responses, chat or task requests', () => {
    const types = `export interface ImageOptions {\n  model: 'dall-e-3' | 'gpt-image-1';\n  tool?: { type: 'image_generation' };\n}\ntype Quality =\n  | 'standard'\n  | 'hd';\n`;
    // Types alone (an SDK's declarations): nothing to call.
    expect(mayContainImageCall(`${types}export const resize = (o: ImageOptions, q: Quality) => o;\n`)).toBe(false);
    // A declared union gives a Responses request its model: the file passes.
    expect(mayContainImageCall(`${types}export const draw = (o: ImageOptions) => openai.responses.create({ model: o.model, input: 'x' });\n`)).toBe(true);
    expect(mayContainImageCall(`${types}const { responses } = openai;\nawait responses.create({ model: o.model });\n`)).toBe(true);
    expect(mayContainImageCall(`${types}await fetch(BASE + '/v1/responses', { method: 'POST', body });\n`)).toBe(true);
    // The word alone, or a relative path without /v1 (an SDK's own resource), sends none the analysis could check.
    expect(mayContainImageCall(`${types}// responses\nreturn this._client.post('/responses', { body });\n`)).toBe(false);
    // Code after a declaration is code (an alias ends at its ';', or at a line that does not continue it).
    expect(mayContainImageCall(`type M = 'x'\nexport const m = 'dall-e-3';\n`)).toBe(true);
    expect(mayContainImageCall(`type M = 'x';\nexport const m = 'dall-e-3';\n`)).toBe(true);
    expect(mayContainImageCall(`interface A { a: string }\nconst r = await openai.images.generate({ prompt });\n`)).toBe(true);
  });

  it('does not count words in whole-line comments', () => {
    expect(mayContainImageCall(`/**\n * Calls images.generate with dall-e-3.\n */\nexport const resize = (x) => x;`)).toBe(false);
    expect(mayContainImageCall(`// model: 'gpt-image-1' (see images.generate)\nexport const resize = (x) => x;`)).toBe(false);
    // After code on the same line a comment is kept (a '//' there may be inside a regex), and code is code.
    expect(mayContainImageCall(`const re = /https?:\\/\\//; const m = 'dall-e-3';`)).toBe(true);
    expect(mayContainImageCall(`/* setup */ const model = 'dall-e-3';`)).toBe(true);
    expect(mayContainImageCall(`// draw\nawait images.generate({ prompt });`)).toBe(true);
  });

  it('needs a method or path word next to `images`', () => {
    expect(mayContainImageCall(`const { images } = client; await images.generate({ prompt });`)).toBe(true);
    expect(mayContainImageCall(`await fetch(base + "/images/edits", { method: "POST", body: form });`)).toBe(true);
    expect(mayContainImageCall(`// resize the images before upload\nexport const resize = (x) => x;`)).toBe(false);
    // Both as whole words: \`images\` of a result and \`doGenerate\` of a model are neither.
    expect(mayContainImageCall(`const r = await model.doGenerate(opts);\nreturn r.images.map(toFile);`)).toBe(false);
    expect(mayContainImageCall(`const imagesGenerated = count; throw APIError.generated(status);`)).toBe(false);
    expect(mayContainImageCall(`const api = client.images;\nawait api.generate({ prompt });`)).toBe(true);
    expect(mayContainImageCall(`await client.images.createVariation({ image });`)).toBe(true);
  });

  it('counts library names and the tool type only as the analysis compares them: whole', () => {
    // The tool type is compared with a whole string, never a longer one (a Responses stream event, a tool id).
    const send = `await openai.responses.create({ model: 'gpt-5.5', input });\n`;
    expect(mayContainImageCall(`${send}if (event.type === 'response.image_generation_call.partial_image') show(event);`)).toBe(false);
    expect(mayContainImageCall(`const kinds = { image_generation_call: ['result'] };`)).toBe(false);
    expect(mayContainImageCall(`${send}const tools = [{ type: \`image_generation\` }];`)).toBe(true);
    // The tool factory and openai v3's methods are member names: a longer name is another name.
    expect(mayContainImageCall(`export const imageGenerationArgsSchema = z.object({});`)).toBe(false);
    expect(mayContainImageCall(`const tool = openai.tools.imageGeneration({ quality: 'high' });`)).toBe(true);
    expect(mayContainImageCall(`const createImageModel = (id) => new Model(id);`)).toBe(false);
    expect(mayContainImageCall(`const res = await openai.createImage({ prompt });`)).toBe(true);
    expect(mayContainImageCall(`const res = await api.createImageVariation(file, 1);`)).toBe(true);
    // The AI SDK's methods are called on a provider: a definition under the name calls nothing.
    for (const defined of [`class P { get image() { return this.images[0]; } }`, `provider.imageModel = (id) => wrap(id);`, `const p = { imageModel: (id) => wrap(id) };`, `warn("use a file part with mediaType: 'image' (see docs)");`]) {
      expect(mayContainImageCall(defined)).toBe(false);
    }
    for (const called of [`const m = openai.image(id);`, `const m = provider?.imageModel?.(id);`, `const m = provider['image'](id);`, `const m = provider\n  .imageModel(id);`, `const m = (p.imageModel)(id);`]) {
      expect(mayContainImageCall(called)).toBe(true);
    }
  });
});
