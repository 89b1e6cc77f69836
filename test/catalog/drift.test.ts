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
import { type Endpoint, MODELS, TOOL_BASE, getModel } from '../../src/catalog/index.js';

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
