import { describe, expect, it } from 'vitest';
import { analyzeFile, stringCandidates } from '../../src/analysis/index.js';
import { type Flavor, parseAs } from './parse.js';

/** endpoint:model for every image request the analysis finds, `?` for a model it cannot know. */
function requests(flavor: Flavor, code: string, jsx = false): string[] {
  const fa = analyzeFile(parseAs(flavor, code, { jsx }), code);
  return fa.requests.map((r) => {
    const hit = r.model.hit;
    if (!hit) return `${r.endpoint}:-`;
    const ids = stringCandidates(hit.value).map((c) => c.value);
    return `${r.endpoint}:${ids.length ? ids.join('|') : '?'}`;
  });
}

const shapes: [string, string, string[]][] = [
  ['openai receiver', `await openai.images.generate({ model: "dall-e-3", prompt: "p" })`, ['generations:dall-e-3']],
  ['client receiver, edit', `await client.images.edit({ model: 'gpt-image-1.5', image, prompt })`, ['edits:gpt-image-1.5']],
  ['variation', `client.images.createVariation({ model: "dall-e-2", image })`, ['variations:dall-e-2']],
  ['this.client', `class A { async f() { return this.client.images.generate({ model: "gpt-image-1", prompt: "p" }); } }`, ['generations:gpt-image-1']],
  ['this.openai.images', `class A { f() { this.openai.images.edit({ model: "gpt-image-1-mini", image, prompt }); } }`, ['edits:gpt-image-1-mini']],
  ['destructured images', `const { images } = client; images.generate({ model: "dall-e-2", prompt: "p" });`, ['generations:dall-e-2']],
  ['aliased images', `const imgs = client.images; imgs.generate({ model: "dall-e-2", prompt: "p" });`, ['generations:dall-e-2']],
  ['optional chaining', `client?.images?.generate?.({ model: "dall-e-3", prompt: "p" })`, ['generations:dall-e-3']],
  ['TS casts and non-null', `(client as any).images!.generate({ model: "dall-e-3", prompt: "p" } satisfies object)`, ['generations:dall-e-3']],
  ['angle-bracket cast', `(<OpenAI>client).images.generate(<any>{ model: "dall-e-3", prompt: "p" })`, ['generations:dall-e-3']],
  ['template literal', 'client.images.generate({ model: `gpt-image-1`, prompt: "p" })', ['generations:gpt-image-1']],
  ['template with expression is unknown', 'client.images.generate({ model: `gpt-image-${v}`, prompt: "p" })', ['generations:?']],
  ['const binding', `const MODEL = "dall-e-3"; client.images.generate({ model: MODEL, prompt: "p" })`, ['generations:dall-e-3']],
  ['as const object member', `const CFG = { image: { model: "dall-e-2" } } as const; client.images.generate({ model: CFG.image.model, prompt: "p" })`, ['generations:dall-e-2']],
  ['computed member with string key', `const CFG = { "m": "dall-e-2" }; client.images.generate({ model: CFG["m"], prompt: "p" })`, ['generations:dall-e-2']],
  ['TS string enum', `enum M { Old = "gpt-image-1" } client.images.generate({ model: M.Old, prompt: "p" })`, ['generations:gpt-image-1']],
  ['?? fallback', `client.images.generate({ model: process.env.MODEL ?? "dall-e-3", prompt: "p" })`, ['generations:dall-e-3']],
  ['|| fallback through const', `const M = "gpt-image-1"; client.images.generate({ model: cfg.model || M, prompt: "p" })`, ['generations:gpt-image-1']],
  ['conditional, each branch', `client.images.generate({ model: hd ? "dall-e-3" : "gpt-image-2", prompt: "p" })`, ['generations:dall-e-3|gpt-image-2']],
  ['spread of same-file object', `const BASE = { model: "dall-e-3", size: "1024x1024" }; client.images.generate({ ...BASE, prompt: "p" })`, ['generations:dall-e-3']],
  ['later property overrides spread', `const BASE = { model: "dall-e-3" }; client.images.generate({ ...BASE, model: "gpt-image-2", prompt: "p" })`, ['generations:gpt-image-2']],
  ['params in a same-file const', `const params = { model: "dall-e-2", prompt: "p" }; await client.images.generate(params)`, ['generations:dall-e-2']],
  ['destructured default', `function f({ model = "dall-e-3" } = {}) {} const { model = "dall-e-2" } = opts; client.images.generate({ model, prompt: "p" })`, ['generations:dall-e-2']],
  ['no model at all', `client.images.generate({ prompt: "p" })`, ['generations:-']],
  ['unknown parameter object', `client.images.generate(params)`, ['generations:-']],
  ['let: the assignment that reaches the call', `let M = "dall-e-3"; M = "gpt-image-2"; client.images.generate({ model: M, prompt: "p" })`, ['generations:gpt-image-2']],
  ['let: a compound assignment is unknown', `let M = "dall-e"; M += "-3"; client.images.generate({ model: M, prompt: "p" })`, ['generations:?']],
  ['shadowing parameter', `const M = "dall-e-3"; function f(M) { return client.images.generate({ model: M, prompt: "p" }); }`, ['generations:?']],
  ['responses image tool', `client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-1" }] })`, ['responses-tool:gpt-image-1']],
  ['responses.stream and parse', `client.responses.stream({ tools: [{ type: "image_generation", model: "gpt-image-1.5" }] }); client.responses.parse({ tools: [{ type: "web_search" }, { type: "image_generation" }] })`, ['responses-tool:gpt-image-1.5', 'responses-tool:-']],
  ['tool through const', `const TOOL = { type: "image_generation", model: "gpt-image-1-mini" } as const; openai.responses.create({ model: "gpt-5.5", tools: [TOOL] })`, ['responses-tool:gpt-image-1-mini']],
];

const silent: [string, string][] = [
  ['UI label', `const label = "dall-e-3"; render(<option value="dall-e-3">DALL-E 3</option>);`],
  ['type union', `type M = "dall-e-3" | "gpt-image-1"; const x: M = "dall-e-3";`],
  ['comment', `// client.images.generate({ model: "dall-e-3" })`],
  ['option list', `const OPTIONS = ["dall-e-2", "dall-e-3"]; select(OPTIONS);`],
  ['object given to something else', `await db.insert({ model: "dall-e-3", prompt });`],
  ['unrelated generate', `store.items.generate({ model: "dall-e-3" }); images.map((i) => i.url);`],
  ['responses without image tool', `client.responses.create({ model: "gpt-5.5", tools: [{ type: "web_search" }] })`],
];

describe.each(['estree', 'oxc'] as const)('call sites on %s', (flavor) => {
  it.each(shapes)('%s', (_name, code, expected) => {
    expect(requests(flavor, code)).toEqual(expected);
  });

  it.each(silent)('stays silent on %s', (_name, code) => {
    expect(requests(flavor, code, true)).toEqual([]);
  });
});
