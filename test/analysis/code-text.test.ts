/**
 * The text the gate reads (src/analysis/code-text.ts): whole-line comments
 * and type declarations left out, and nothing else. A text it cannot tell
 * apart keeps more, never less: every case below that is not a comment or a
 * declaration survives word for word.
 */
import { describe, expect, it } from 'vitest';
import { withoutLineComments, withoutTypeDeclarations } from '../../src/analysis/code-text.js';

describe('withoutLineComments', () => {
  it('drops comments that start a line, and keeps those after code', () => {
    expect(withoutLineComments(`/**\n * a\n */\nx();\n  // b\ny(); // c\n/* d */ z();`)).toBe(`\nx();\n\ny(); // c\n z();`);
  });

  it('keeps a block whose inner lines are not JSDoc, and a regex with slashes', () => {
    const text = `/* a\n  b */\nconst re = /https?:\\/\\//;`;
    expect(withoutLineComments(text)).toBe(text);
  });
});

describe('withoutTypeDeclarations', () => {
  it('drops interfaces and aliases, one-line and multi-line', () => {
    const text = [
      `export interface A<T> extends B {\n  model: 'dall-e-3';\n  nested: { k: () => void };\n}`,
      `type U =\n  | 'a'\n  | 'b';`,
      `export type F = (x: string) => Promise<{ a: 'x' }>;`,
      `type NoSemi = 'x' | 'y'`,
      `const keep = 'gpt-image-1';`,
    ].join('\n');
    expect(withoutTypeDeclarations(text)).toBe(`\n\n\n\nconst keep = 'gpt-image-1';`);
  });

  it('keeps what it cannot close, and words that are not declarations', () => {
    for (const text of [
      `interface A<T = string> { a: 'x' }`, // an '=' before the body
      `type A = { a: 'x' `, // never closed
      `type = 'image_generation';`, // a variable named type
      `export type { A } from './a';`,
      `interface A {\n  a: string; // don't\n  b: 'x';\n}`, // a quote in a comment: not told apart from a string
    ]) {
      expect(withoutTypeDeclarations(text)).toBe(text);
    }
  });
});
