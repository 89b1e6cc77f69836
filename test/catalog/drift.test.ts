/**
 * The pinned `openai` SDK's type declarations are the executable truth for ids
 * and parameter names. This test fails when the SDK knows an image model id, an
 * Images API parameter or a Responses image_generation tool field that the
 * catalog does not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_WHEN_OMITTED,
  type Endpoint,
  EXCLUSIONS,
  MODELS,
  TEXT_MODELS,
  TOOL_BASE,
  VARIATIONS_RETIRED,
  getModel,
} from '../../src/catalog/index.js';

// The two declaration files of the openai npm package this test reads, copied
// verbatim into openai-sdk/ (openai 7.x requires Node 22; this project supports
// Node 20). To move to a newer SDK: `npm pack openai@X`, copy
// package/resources/images.d.ts and package/resources/responses/responses.d.ts
// over these, and set the version in openai-sdk/source.json.
const sdkDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'openai-sdk');
const sdkVersion = (JSON.parse(readFileSync(path.join(sdkDir, 'source.json'), 'utf8')) as { version: string }).version;

function source(rel: string): ts.SourceFile {
  const file = path.join(sdkDir, rel);
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function find<T extends ts.Node>(root: ts.Node, pred: (n: ts.Node) => n is T): T[] {
  const out: T[] = [];
  const walk = (n: ts.Node) => {
    if (pred(n)) out.push(n);
    n.forEachChild(walk);
  };
  walk(root);
  return out;
}

function stringLiterals(type: ts.TypeNode | undefined): string[] {
  if (!type) return [];
  return find(type, ts.isLiteralTypeNode)
    .map((l) => l.literal)
    .filter(ts.isStringLiteral)
    .map((l) => l.text);
}

function interfaceMembers(sf: ts.SourceFile, name: string, within?: string): ts.PropertySignature[] {
  const scope = within
    ? find(sf, (n): n is ts.ModuleDeclaration => ts.isModuleDeclaration(n) && n.name.getText() === within)[0]
    : sf;
  expect(scope, `namespace ${within} in the SDK`).toBeDefined();
  const decl = find(scope!, (n): n is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(n) && n.name.text === name)[0];
  expect(decl, `interface ${name} in the SDK`).toBeDefined();
  return decl!.members.filter(ts.isPropertySignature);
}

const names = (members: ts.PropertySignature[]) => members.map((m) => m.name.getText().replace(/['"]/g, ''));

function catalogParams(endpoint: Endpoint): Set<string> {
  const out = new Set<string>();
  for (const m of MODELS) for (const k of Object.keys(m.endpoints[endpoint] ?? {})) out.add(k);
  return out;
}

const images = source('resources/images.d.ts');
const responses = source('resources/responses/responses.d.ts');

describe(`drift against openai@${sdkVersion}`, () => {
  it('knows every id of the SDK ImageModel type', () => {
    const alias = find(images, (n): n is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(n) && n.name.text === 'ImageModel')[0];
    const ids = stringLiterals(alias?.type);
    expect(ids.length).toBeGreaterThanOrEqual(14);
    expect(ids.filter((id) => !getModel(id))).toEqual([]);
    // and the catalog marks exactly those as SDK-typed
    expect(MODELS.filter((m) => m.inSdk).map((m) => m.id).sort()).toEqual([...ids].sort());
  });

  it.each([
    ['ImageGenerateParamsBase', 'generations'],
    ['ImageEditParamsBase', 'edits'],
    ['ImageCreateVariationParams', 'variations'],
  ] as const)('knows every parameter of %s', (iface, endpoint) => {
    const known = catalogParams(endpoint);
    expect(names(interfaceMembers(images, iface)).filter((p) => !known.has(p))).toEqual([]);
  });

  it('knows every field of the Responses image_generation tool and every model id it lists', () => {
    const members = interfaceMembers(responses, 'ImageGeneration', 'Tool');
    const known = new Set([...Object.keys(TOOL_BASE), ...catalogParams('responses-tool')]);
    expect(names(members).filter((p) => !known.has(p))).toEqual([]);
    const model = members.find((m) => m.name.getText() === 'model');
    const ids = stringLiterals(model?.type);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !getModel(id))).toEqual([]);
  });

  it('knows the enum values the SDK types for quality, output_format and background', () => {
    const members = interfaceMembers(images, 'ImageGenerateParamsBase');
    for (const param of ['quality', 'output_format', 'background', 'moderation', 'style', 'response_format']) {
      const sdkValues = stringLiterals(members.find((m) => m.name.getText() === param)?.type);
      const catalogValues = new Set<string>();
      for (const m of MODELS) {
        const rule = m.endpoints.generations?.[param];
        if (rule?.kind === 'enum') rule.values.forEach((v) => catalogValues.add(v));
      }
      expect(sdkValues.filter((v) => !catalogValues.has(v)), param).toEqual([]);
    }
  });
});

/** The JSDoc text (comment and tags) the SDK puts on a declaration. */
function docOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .map((d) => d.getText())
    .join('\n')
    .replace(/^\s*\/?\*+\/?/gm, '')
    .replace(/\s+/g, ' ');
}

const member = (members: ts.PropertySignature[], name: string) => members.find((m) => m.name.getText() === name)!;

describe(`drift against openai@${sdkVersion}: documented rules (issue 21)`, () => {
  const generate = interfaceMembers(images, 'ImageGenerateParamsBase');
  const editParams = interfaceMembers(images, 'ImageEditParamsBase');
  const tool = interfaceMembers(responses, 'ImageGeneration', 'Tool');

  it('marks every parameter the SDK deprecates "use `X` instead" as deprecated for X on the GPT image models', () => {
    let seen = 0;
    for (const [members, endpoint] of [
      [generate, 'generations'],
      [editParams, 'edits'],
    ] as const) {
      for (const m of members) {
        const instead = /@deprecated Deprecated: use `(\w+)` instead/.exec(docOf(m))?.[1];
        if (!instead) continue;
        seen++;
        const rule = getModel('gpt-image-2')!.endpoints[endpoint]![m.name.getText()];
        expect(rule, `${endpoint} ${m.name.getText()}`).toMatchObject({ kind: 'string', deprecatedFor: instead });
      }
    }
    expect(seen).toBe(2);
  });

  it('knows the variations endpoint is retired', () => {
    const method = find(images, (n): n is ts.MethodDeclaration => ts.isMethodDeclaration(n) && n.name.getText() === 'createVariation')[0];
    expect(docOf(method)).toMatch(/retired and no longer available\. Use the image edits endpoint/);
    expect(VARIATIONS_RETIRED.value).toMatch(/images\.edit/);
  });

  it('accepts xhigh and max (certainly) only on the models the quality doc names, and not on 2.6', () => {
    const named = new Set(docOf(member(generate, 'quality')).match(/gpt-image-[\w.-]+/g));
    expect(named.size).toBeGreaterThan(0);
    for (const m of MODELS) {
      const rule = m.endpoints.generations?.quality;
      if (rule?.kind !== 'enum') continue;
      const certain = rule.values.includes('xhigh') && !rule.unconfirmed;
      if (certain) expect(named.has(m.family), m.id).toBe(true);
    }
    const q26 = getModel('gpt-image-2.6-sunburst')!.endpoints.generations!.quality;
    expect(q26.kind === 'enum' && q26.values).toEqual(['low', 'medium', 'high', 'auto']);
  });

  it('gives arbitrary sizes with their limits only to the models the size doc names', () => {
    const named = new Set(docOf(member(generate, 'size')).match(/gpt-image-[\w.-]+/g));
    expect(named.has('gpt-image-2')).toBe(true);
    for (const m of MODELS) {
      const rule = m.endpoints.generations?.size;
      if (rule?.kind !== 'size' || rule.rule.kind !== 'flexible') continue;
      if (!rule.rule.limitsUnconfirmed) expect(named.has(m.id), m.id).toBe(true);
      else expect(named.has(m.id), m.id).toBe(false);
    }
  });

  it('has a rule for each combination the SDK forbids: SVG with n/stream/partial images, GIF with stream/partial images/masks, markup with mask', () => {
    expect(docOf(member(generate, 'svg'))).toMatch(/requires n=1 and does not support streaming, partial images/);
    expect(docOf(member(generate, 'frame_count'))).toMatch(/does not support streaming, partial images, masks/);
    expect(docOf(member(editParams, 'markup'))).toMatch(/Cannot be combined with mask/);
    expect(docOf(member(tool, 'output_format'))).toMatch(/`input_image_mask`/);
    const has = (param: string, value: string | undefined, excludes: string) =>
      EXCLUSIONS.some((e) => e.param === param && (value === undefined ? !e.whenValues : e.whenValues?.includes(value)) && e.excludes === excludes);
    for (const x of ['n', 'stream', 'partial_images']) expect(has('output_format', 'svg', x), `svg ${x}`).toBe(true);
    for (const x of ['stream', 'partial_images', 'mask', 'input_image_mask']) expect(has('output_format', 'gif', x), `gif ${x}`).toBe(true);
    expect(has('markup', undefined, 'mask')).toBe(true);
  });

  it('does not reject a frame_duration_ms the SDK says is capped', () => {
    expect(docOf(member(generate, 'frame_duration_ms'))).toMatch(/caps the encoded delay at 655,350 ms/);
    for (const m of MODELS) {
      const rule = m.endpoints.generations?.frame_duration_ms;
      if (rule && rule.kind !== 'unsupported') expect(rule.kind, m.id).not.toBe('int');
    }
  });

  it('names no images.edit default model where the SDK names none', () => {
    const doc = docOf(member(editParams, 'model'));
    expect(/defaults? to `?gpt-image/i.test(doc)).toBe(DEFAULT_MODEL_WHEN_OMITTED.edits.value !== undefined);
  });

  it('knows the text models of the SDK it lists as typed', () => {
    const responsesModel = find(responses, (n): n is ts.PropertySignature => ts.isPropertySignature(n) && n.name.getText() === 'model' && stringLiterals(n.type).includes('gpt-5.4'))[0];
    const ids = new Set(stringLiterals(responsesModel?.type));
    expect(ids.has('gpt-5.4')).toBe(true);
    for (const m of TEXT_MODELS.filter((t) => t.inSdk)) expect(ids.has(m.id), m.id).toBe(true);
  });
});
