/**
 * One edit plan, two front ends: applying the rules' suggestions in ESLint
 * (on the ESTree of typescript-eslint) gives the same text as the transform
 * (on the Babel AST of jscodeshift), for the same fixtures.
 */
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { migrationTargetIds } from '../../src/catalog/index.js';
import plugin from '../../src/index.js';
import migrateImageModel from '../../transforms/migrate-image-model.js';
import responsesImageTool from '../../transforms/responses-image-tool.js';
import requireModel from '../../transforms/require-model.js';
import { ROOT } from '../support/eslint.js';
import { TODAY, type Transform, apply, fixtureCases } from './support.js';

type Range = [number, number];

/**
 * Lints `text` with one rule and applies the named suggestion of every
 * message, again and again until none is left (as a user clicking through
 * them would).
 */
function applySuggestions(text: string, filename: string, rule: string, options: unknown, suggestion: string): string {
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { 'gpt-image': plugin },
      rules: { [`gpt-image/${rule}`]: options === undefined ? 'error' : ['error', options] },
    },
  ] as Linter.Config[];
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const messages = linter.verify(current, config, { filename: path.relative(ROOT, filename) });
    // A parse error, or a file the config does not cover, would make the comparison vacuous.
    const problem = messages.find((m) => m.fatal || m.ruleId === null);
    if (problem) throw new Error(problem.message);
    const fixes: { range: Range; text: string }[] = [];
    for (const m of messages) {
      const s = m.suggestions?.find((x) => x.messageId === suggestion);
      if (!s) continue;
      const f = { range: [s.fix.range[0], s.fix.range[1]] as Range, text: s.fix.text };
      if (fixes.some((o) => o.range[0] === f.range[0] && o.range[1] === f.range[1] && o.text === f.text)) continue;
      if (fixes.some((o) => o.range[0] < f.range[1] && f.range[0] < o.range[1])) continue; // next pass
      fixes.push(f);
    }
    if (!fixes.length) return current;
    for (const f of fixes.sort((a, b) => b.range[0] - a.range[0])) current = current.slice(0, f.range[0]) + f.text + current.slice(f.range[1]);
  }
  return current;
}

interface Route {
  transform: Transform;
  /** The rule suggestions that make up the transform, in order. */
  steps: { rule: string; options: unknown; suggestion: string }[];
}

const ROUTES: Record<string, Route> = {
  'migrate-image-model': {
    transform: migrateImageModel,
    steps: [
      { rule: 'no-legacy-model', options: { today: TODAY }, suggestion: 'migrate' },
      // A legacy id a gateway still serves is advice there (a warning), and migrates the same way.
      { rule: 'no-outdated-usage', options: { today: TODAY }, suggestion: 'migrate' },
      { rule: 'no-url-response', options: undefined, suggestion: 'useDataUrl' },
    ],
  },
  'responses-image-tool': {
    transform: responsesImageTool,
    steps: [
      { rule: 'no-image-model-in-responses', options: { today: TODAY }, suggestion: 'moveToTool' },
      { rule: 'no-image-model-in-responses', options: { today: TODAY }, suggestion: 'moveMigratedToTool' },
    ],
  },
  'require-model': {
    transform: requireModel,
    steps: [{ rule: 'require-model', options: { today: TODAY }, suggestion: 'addModel' }],
  },
};

for (const [name, route] of Object.entries(ROUTES)) {
  describe(`${name}: the rule suggestions and the transform give the same text`, () => {
    let compared = 0;
    for (const c of fixtureCases(name)) {
      const transformed = apply(route.transform, c.input, c.inputText, c.options);
      // TODO comments are the codemod's own follow-ups where no suggestion exists; --url=todo is codemod-only too.
      if (transformed.split('TODO(gpt-image)').length !== c.inputText.split('TODO(gpt-image)').length) continue;
      // The transform adds no model to an image_generation tool (that would pin an older model than the API's default); the rule may suggest one.
      if (name === 'require-model' && c.inputText.includes('image_generation')) continue;
      // A target deprecated since (valid for the codemod on a past --today) is one the rules' schema refuses.
      if (typeof c.options.target === 'string' && !migrationTargetIds().includes(c.options.target)) continue;
      if (transformed !== c.inputText) compared++;
      it(path.basename(c.input), () => {
        let text = c.inputText;
        for (const s of route.steps) {
          const opts = c.options.target && (s.rule === 'no-legacy-model' || s.rule === 'no-outdated-usage') ? { ...(s.options as object), target: c.options.target } : s.options;
          text = applySuggestions(text, c.input, s.rule, opts, s.suggestion);
        }
        expect(text).toBe(transformed);
      });
    }
    it('compares at least three fixtures that the transform changes', () => {
      expect(compared).toBeGreaterThanOrEqual(3);
    });
  });
}
