/** oxc-parser behind our own commands: offsets index the text as JavaScript strings do, and the shapes are ESLint's. */
import { describe, expect, it } from 'vitest';
import { OxcSyntaxError, parseOxc } from '../../src/analysis/parse-oxc.js';

const at = (text: string, node: { start: number; end: number }) => text.slice(node.start, node.end);

describe('parseOxc', () => {
  it('gives UTF-16 offsets: after a BOM, CJK comments, emoji and CRLF the literal is where the text has it', () => {
    const text = '\uFEFF// 画像を生成する 🎨\r\n/* 😀😀 */ const m = "dall-e-3"; const p = `🐱${m}猫`;\r\n';
    const program = parseOxc(text, 'a.ts');
    const [first, second] = program.body;
    expect(at(text, first.declarations[0].init)).toBe('"dall-e-3"');
    expect(at(text, second.declarations[0].init)).toBe('`🐱${m}猫`');
    expect(program.comments.map((c: { start: number; end: number }) => at(text, c))).toEqual(['// 画像を生成する 🎨', '/* 😀😀 */']);
  });

  it('returns ESLint shapes: Literal and Property, no ParenthesizedExpression, TS nodes in .ts', () => {
    const program = parseOxc('const a = ({ model: ("x") }) as const;', 'a.ts');
    const init = program.body[0].declarations[0].init;
    expect(init.type).toBe('TSAsExpression');
    expect(init.expression.type).toBe('ObjectExpression');
    expect(init.expression.properties[0].type).toBe('Property');
    expect(init.expression.properties[0].value).toMatchObject({ type: 'Literal', value: 'x' });
  });

  it('reads the file as its extension says', () => {
    expect(parseOxc('const c = <Client>sdk;', 'a.ts').body[0].declarations[0].init.type).toBe('TSTypeAssertion');
    expect(parseOxc('export const A = () => <b />;', 'a.js').body[0].declaration.declarations[0].init.body.type).toBe('JSXElement');
    expect(parseOxc('return 1;', 'a.cjs').body[0].type).toBe('ReturnStatement');
    expect(parseOxc('export const a = 1;', 'a.cjs').body[0].type).toBe('ExportNamedDeclaration');
    expect(() => parseOxc('const c = <Client>sdk;', 'a.tsx')).toThrow(OxcSyntaxError);
  });

  it('throws on any syntax error, with its offset, rather than hand back a partial tree', () => {
    const text = 'const ok = 1;\nconst x = ;\n';
    let error: unknown;
    try {
      parseOxc(text, 'a.js');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OxcSyntaxError);
    expect((error as OxcSyntaxError).offset).toBe(text.indexOf(';', 20));
  });

  it('leaves the hashbang out of the comments', () => {
    const program = parseOxc('#!/usr/bin/env node\n// real\nrun();\n', 'a.mjs');
    expect(program.comments.map((c: { value: string }) => c.value)).toEqual([' real']);
  });
});
