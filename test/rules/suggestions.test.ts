/**
 * The suggestion edit plans that the codemod also applies: each one gives
 * code that parses and that the rule no longer flags, and the checks give the
 * same findings and edits on Babel ASTs (jscodeshift) as on ESTree.
 */
import tsParser from '@typescript-eslint/parser';
import { parse as parseEstree } from '@typescript-eslint/typescript-estree';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { imageModelInResponsesFindings } from '../../src/analysis/checks/image-model-in-responses.js';
import { requireModelFindings } from '../../src/analysis/checks/require-model.js';
import { unknownModelFindings } from '../../src/analysis/checks/unknown-model.js';
import { unsupportedParamFindings } from '../../src/analysis/checks/unsupported-param.js';
import { urlReadEdits, urlResponseFindings } from '../../src/analysis/checks/url-response.js';
import { type FileAnalysis, type Finding, type Node, analyzeFile, applyEdits } from '../../src/analysis/index.js';
import { parseOxc } from '../../src/analysis/parse-oxc.js';
import { urlReads } from '../../src/analysis/results.js';
import plugin from '../../src/index.js';

const today = '2026-11-22';

const SAMPLES: Record<string, string[]> = {
  'require-model': [
    `await client.images.generate({ prompt: "a cat" });`,
    `await client.images.generate({ prompt });`,
    `await client.images.edit({\n  image,\n  prompt: 'p',\n});`,
    `const p = { prompt: "p", size: "1024x1024" };\nawait client.images.generate(p);`,
    `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation" }] });`,
    `await client.responses.create({\n  model: "gpt-5.5",\n  tools: [\n    {\n      type: "image_generation",\n      quality: "high",\n    },\n  ],\n});`,
  ],
  'no-image-model-in-responses': [
    `await client.responses.create({ model: "gpt-image-1", input: "x" });`,
    `await client.responses.create({\n  model: "gpt-image-2",\n  input: "x"\n});`,
    `const M = "gpt-image-2";\nawait client.responses.create({ model: M, input: "x", tools: [] });`,
    `await client.responses.create({ model: "gpt-image-2", input: "x", tools: [{ type: "web_search" },] });`,
    `await client.responses.create({ model: "gpt-image-2", input: "x", tools: [{ type: "image_generation", size: "auto" }] });`,
    `const model = "gpt-image-2";\nawait client.responses.create({ model, input: "x" });`,
    `await client.responses.create({ model: "whisper-1", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`,
  ],
  'no-url-response': [
    `const r = await client.images.generate({ model: "gpt-image-2", prompt: "p" });\nshow(r.data[0].url);`,
    `const r = await client.images.generate({ model: "gpt-image-2", prompt: "p" });\nshow(r.data?.[0]?.["url"]);`,
    `const { data } = await client.images.generate({ model: "gpt-image-2", prompt: "p" });\nconst [{ url }] = data;`,
    `const { data: [{ url: link = "" }] } = await client.images.generate({ model: "gpt-image-2", prompt: "p" });`,
    `const r = await client.images.generate({ model: "gpt-image-2", prompt: "p", output_format: "jpeg" });\nexport const urls = r.data.map((d) => d.url);`,
  ],
  'no-unknown-model': [
    `await client.images.generate({ model: "gpt-image-2@beta", prompt: "p" });`,
    `await client.images.generate({ model: 'dalle-3', prompt: 'p' });`,
    `await client.images.generate({ model: "gpt-image-2.6", prompt: "p" });`,
  ],
  'no-unsupported-param': [
    `await client.images.generate({ model: "gpt-image-2", prompt: "p", response_format: "b64_json", style: "vivid" });`,
    `await client.images.generate({\n  model: "gpt-image-2",\n  prompt: "p",\n  quality: "standard",\n  size: "1000x1000",\n  n: 20,\n});`,
    `await client.images.edit({ model: "gpt-image-2", image, prompt: "p", input_fidelity: "low" });`,
    `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2", format: "webp", n: 1 }] });`,
    `await client.images.generate({ model: "dall-e-3", prompt: "p", n: 3, moderation: "low" });`,
  ],
};

function lint(rule: string, code: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'gpt-image': plugin as never },
        rules: { [`gpt-image/${rule}`]: ['error', ...(rule === 'require-model' ? [{ today, tools: true }] : [])] },
      },
    ],
    'sample.ts',
  );
}

function applyFix(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('suggestions give parseable code that the rule no longer flags', () => {
  for (const [rule, samples] of Object.entries(SAMPLES)) {
    for (const code of samples) {
      it(`${rule}: ${code.split('\n').join(' ')}`, () => {
        const before = lint(rule, code);
        expect(before.length).toBeGreaterThan(0);
        expect(before.filter((m) => m.fatal)).toEqual([]);
        for (const message of before) {
          const count = before.filter((m) => m.messageId === message.messageId).length;
          const fixes = [...(message.suggestions ?? []).map((s) => s.fix), ...(message.fix ? [message.fix] : [])];
          for (const fix of fixes) {
            const after = applyFix(code, fix);
            const messages = lint(rule, after);
            expect(messages.filter((m) => m.fatal), after).toEqual([]);
            expect(messages.filter((m) => m.messageId === message.messageId).length, after).toBeLessThan(count);
          }
        }
      });
    }
  }
});

function estree(code: string): FileAnalysis {
  return analyzeFile(parseEstree(code, { range: true, jsx: false }) as unknown as Node, code);
}
function babel(code: string): FileAnalysis {
  return analyzeFile(parseOxc(code, 'sample.ts'), code);
}

const CHECKS: Record<string, (fa: FileAnalysis) => Finding[]> = {
  'require-model': (fa) => requireModelFindings(fa, { target: 'gpt-image-2', today, tools: true }),
  'no-image-model-in-responses': (fa) => imageModelInResponsesFindings(fa, { textModel: 'gpt-5.5' }),
  'no-url-response': (fa) => urlResponseFindings(fa),
  'no-unknown-model': (fa) => unknownModelFindings(fa, { allow: [] }),
  'no-unsupported-param': (fa) => unsupportedParamFindings(fa),
};

const summary = (findings: Finding[]) =>
  findings.map((f) => ({
    messageId: f.messageId,
    data: f.data,
    range: f.node.range ?? [f.node.start, f.node.end],
    fix: f.fix,
    suggestions: f.suggestions.map((s) => ({ messageId: s.messageId, text: s.edits })),
  }));

describe('the checks agree on ESTree and Babel ASTs', () => {
  for (const [rule, samples] of Object.entries(SAMPLES)) {
    it(rule, () => {
      for (const code of samples) {
        const a = summary(CHECKS[rule](estree(code)));
        expect(a.length).toBeGreaterThan(0);
        expect(summary(CHECKS[rule](babel(code)))).toEqual(a);
      }
    });
  }
});

describe('urlReadEdits (the codemod url option)', () => {
  const code = `const r = await client.images.generate({ model: "gpt-image-2", prompt: "p" });\nif (ok) {\n  show(r.data[0].url);\n}`;
  const fa = babel(code);
  const [read] = urlReads(fa);

  it('finds the read', () => {
    expect(code.slice(read.node.start, read.node.end)).toBe('r.data[0].url');
  });

  it('b64_json and data-url modes; data-url takes an explicit output format', () => {
    expect(applyEdits(code, urlReadEdits(fa, read, 'b64_json')).text).toContain('show(r.data[0].b64_json);');
    expect(applyEdits(code, urlReadEdits(fa, read, 'data-url')).text).toContain('show(r.data[0].b64_json ? `data:image/png;base64,${r.data[0].b64_json}` : undefined);');
    expect(applyEdits(code, urlReadEdits(fa, read, 'data-url', 'webp')).text).toContain('data:image/webp;base64,');
  });

  it('todo mode leaves one TODO(gpt-image) comment, and only once', () => {
    const once = applyEdits(code, urlReadEdits(fa, read, 'todo')).text;
    expect(once).toContain('  // TODO(gpt-image): GPT image models return base64 only');
    expect(once.match(/TODO\(gpt-image\)/g)).toHaveLength(1);
    const fa2 = babel(once);
    const [read2] = urlReads(fa2);
    expect(urlReadEdits(fa2, read2, 'todo')).toEqual([]);
  });

  it('a destructured read falls back to the TODO comment in data-url mode', () => {
    const src = `const { data } = await client.images.generate({ model: "gpt-image-2", prompt: "p" });\nconst [{ url }] = data;`;
    const f = babel(src);
    const [r] = urlReads(f);
    expect(applyEdits(src, urlReadEdits(f, r, 'data-url')).text).toBe(
      `const { data } = await client.images.generate({ model: "gpt-image-2", prompt: "p" });\n// TODO(gpt-image): GPT image models return base64 only, so \`url\` is undefined; read \`b64_json\` (decode it, or build a data URL).\nconst [{ url }] = data;`,
    );
  });

  it('reads of url on DALL-E results are found (the rules filter by model)', () => {
    const src = `const r = await client.images.generate({ model: "dall-e-3", prompt: "p" });\nr.data[0].url;`;
    expect(urlReads(babel(src))).toHaveLength(1);
    expect(urlResponseFindings(babel(src))).toHaveLength(0);
  });
});
