/**
 * Input/output fixture pairs per transform, run through each transform's
 * jscodeshift entry point. Each expected output is also run through the
 * transform again and must come back unchanged (idempotency: no second edit,
 * no second TODO), and must parse.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/codemod/parse.js';
import { TODO_MARKER } from '../../src/catalog/index.js';
import migrateImageModel from '../../transforms/migrate-image-model.js';
import openaiV4 from '../../transforms/openai-v4.js';
import responsesImageTool from '../../transforms/responses-image-tool.js';
import requireModel from '../../transforms/require-model.js';
import all from '../../transforms/all.js';
import { type Transform, apply, fixtureCases } from './support.js';

const TRANSFORMS: Record<string, Transform> = {
  'openai-v4': openaiV4,
  'migrate-image-model': migrateImageModel,
  'responses-image-tool': responsesImageTool,
  'require-model': requireModel,
  all,
};

const count = (text: string, s: string) => text.split(s).length - 1;

for (const [name, transform] of Object.entries(TRANSFORMS)) {
  describe(`transform ${name}`, () => {
    const cases = fixtureCases(name);
    it('has fixtures, some of which change and some of which do not', () => {
      expect(cases.some((c) => c.output)).toBe(true);
      if (name !== 'all') expect(cases.some((c) => !c.output)).toBe(true);
    });
    for (const c of cases) {
      const what = c.output ? `${path.basename(c.input)} becomes ${path.basename(c.output)}` : `${path.basename(c.input)} stays byte-identical`;
      it(what, () => {
        const expected = c.output ? readFileSync(c.output, 'utf8') : c.inputText;
        const out = apply(transform, c.input, c.inputText, c.options);
        expect(out).toBe(expected);
        if (c.output) expect(out).not.toBe(c.inputText);
        expect(() => parseSource(c.input, out)).not.toThrow();
      });
      it(`${c.name}: a second run on the output changes nothing and adds no second TODO`, () => {
        const expected = c.output ? readFileSync(c.output, 'utf8') : c.inputText;
        const again = apply(transform, c.input, expected, c.options);
        expect(again).toBe(expected);
        expect(count(again, TODO_MARKER)).toBe(count(expected, TODO_MARKER));
      });
    }
  });
}

describe('the all transform', () => {
  it('gives the same text as running the four transforms one after the other', () => {
    for (const c of fixtureCases('all')) {
      let text = c.inputText;
      for (const t of [openaiV4, responsesImageTool, requireModel, migrateImageModel]) text = apply(t, c.input, text, c.options);
      expect(apply(all, c.input, c.inputText, c.options)).toBe(text);
    }
  });
});
