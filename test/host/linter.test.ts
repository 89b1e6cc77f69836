/**
 * The rule host (src/host/) against ESLint's own `Linter`, with small rules
 * written for the purpose: the order listeners are called in (and `parent`
 * links set before any runs), multipass `--fix` (overlapping fixes, the
 * 10-pass limit), reports through a processor (file names, lines), and the
 * selector syntax it refuses rather than ignores.
 */
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/analysis/ast.js';
import { scriptBlocksProcessor } from '../../src/eslint/processor.js';
import { oxcParser } from '../../src/eslint/oxc-parser.js';
import { HostLinter, type HostRule, type RuleEntry } from '../../src/host/linter.js';
import { lintResult } from '../../src/host/results.js';

type Ctx = { report(d: unknown): void; filename: string; physicalFilename: string; sourceCode: { text: string; getLocFromIndex(i: number): { line: number; column: number } } };
/** A file under the working directory (ESLint's `Linter` matches configs relative to it). */
const P = (name: string) => path.join(process.cwd(), 'virtual', name);
/** A report's location from the node's offsets (oxc's nodes carry no `loc`). */
const loc = (c: Ctx, n: Node) => ({ start: c.sourceCode.getLocFromIndex(n.start as number), end: c.sourceCode.getLocFromIndex(n.end as number) });
const at = (n: Node) => `${n.type}@${n.start as number}`;

function setup(rules: Record<string, HostRule>, entries: Record<string, RuleEntry>) {
  const plugin = { rules };
  const host = new HostLinter({ plugins: { t: plugin }, rules: entries, processor: { files: (f) => /\.vue$/.test(f), processor: scriptBlocksProcessor as never } });
  const config = [
    { files: ['**/*.{ts,tsx,js,jsx,cjs,mjs}'], languageOptions: { parser: oxcParser }, plugins: { t: plugin }, rules: entries },
    { files: ['**/*.vue'], processor: scriptBlocksProcessor },
  ] as unknown as Linter.Config[];
  const eslint = new Linter({ configType: 'flat' });
  return {
    host,
    ours: (text: string, filename: string) => host.verify(text, filename).messages,
    theirs: (text: string, filename: string) => eslint.verify(text, config, { filename, filterCodeBlock: () => true } as never),
    oursFixed: (text: string, filename: string) => host.verifyAndFix(text, filename, true),
    theirsFixed: (text: string, filename: string) => eslint.verifyAndFix(text, config, { filename, filterCodeBlock: () => true } as never),
  };
}

describe('the rule host, against ESLint', () => {
  it('calls listeners in ESLint\'s order, with every parent link set before the first one runs', () => {
    let log: string[] = [];
    const record: HostRule = {
      meta: { messages: {} },
      create() {
        const on = (key: string) => (node: Node) => void log.push(`${key} ${at(node)}`);
        return {
          Program(node: Node) {
            // every node below has its parent before any listener runs
            const first = (node.body as Node[])[0];
            log.push(`parents ${first.parent === node} ${(first.declarations?.[0]?.init as Node | undefined)?.parent === first.declarations?.[0]}`);
          },
          CallExpression: on('call'),
          'CallExpression:exit': on('call:exit'),
          NewExpression: on('new'),
          MemberExpression: on('member'),
          'ArrowFunctionExpression:exit': on('arrow:exit'),
          TSAsExpression: on('as'),
          JSXElement: on('jsx'),
          'Program:exit': on('program:exit'),
        } as never;
      },
    };
    const second: HostRule = { meta: {}, create: () => ({ CallExpression: (n: Node) => void log.push(`second ${at(n)}`) }) as never };
    const { ours, theirs } = setup({ record, second }, { 't/record': 'error', 't/second': 'warn' });
    const text = `const a = f(g(new H(x.y)), (k) => k.m(1) as number);\nexport const el = <div onClick={() => go(a)}>{list.map((i) => i)}</div>;\n`;
    for (const file of [P('a.tsx'), P('b.jsx')]) {
      const code = file.endsWith('.jsx') ? text.replace(' as number', '') : text;
      log = [];
      ours(code, file);
      const mine = log;
      log = [];
      theirs(code, file);
      expect(mine).toEqual(log);
      expect(mine[0], mine.join('\n')).toBe('parents true true');
      expect(mine.filter((l) => l.startsWith('call ')).length).toBeGreaterThanOrEqual(5);
      expect(mine.indexOf(`second ${mine.find((l) => l.startsWith('call '))!.slice(5)}`)).toBe(mine.findIndex((l) => l.startsWith('call ')) + 1);
    }
  });

  it('--fix: overlapping fixes wait for the next pass, a text fixed over 10 passes stops at 10, and the messages are those of the last text', () => {
    // Shortens every `xxx…` name by one letter per pass; also replaces each `xx… + xx…` whole (overlapping the names).
    const shrink: HostRule = {
      meta: { fixable: 'code', messages: { long: '{{name}} is long', sum: 'a sum of long names' } },
      create(context: never) {
        const c = context as Ctx;
        return {
          Identifier(node: Node) {
            const name = node.name as string;
            if (/^x{2,}$/.test(name)) c.report({ node, loc: loc(c, node), messageId: 'long', data: { name }, fix: (f: { replaceTextRange(r: number[], t: string): unknown }) => f.replaceTextRange([node.start, node.end], name.slice(1)) });
          },
          BinaryExpression(node: Node) {
            if (/^x{4,}$/.test(node.left.name ?? '') && node.left.name === node.right.name) c.report({ node, loc: loc(c, node), messageId: 'sum', fix: (f: { replaceTextRange(r: number[], t: string): unknown }) => [f.replaceTextRange([node.left.start, node.left.end], 'xx'), f.replaceTextRange([node.right.start, node.right.end], 'xx')] });
          },
        } as never;
      },
    };
    const { oursFixed, theirsFixed } = setup({ shrink }, { 't/shrink': 'warn' });
    const text = `let ${'x'.repeat(14)} = 1;\nlet y = xxxxx + xxxxx;\n`;
    const mine = oursFixed(text, P('a.ts'));
    const eslint = theirsFixed(text, P('a.ts'));
    expect(mine.output).toBe(eslint.output);
    expect(mine.messages).toEqual(eslint.messages);
    expect(mine.fixed).toBe(true);
    // 10 passes: 14 letters down to 4, still reported
    expect(mine.output).toContain(`let ${'x'.repeat(4)} = 1;`);
    expect(mine.messages.map((m) => m.message)).toContain('xxxx is long');
  });

  it('does not keep fixes whose result does not parse: the file is reported as it is', () => {
    const breaker: HostRule = {
      meta: { fixable: 'code', messages: { m: 'm' } },
      create: (context: never) => ({ Literal: (node: Node) => (context as Ctx).report({ node, loc: loc(context as Ctx, node), messageId: 'm', fix: (f: { replaceTextRange(r: number[], t: string): unknown }) => f.replaceTextRange([node.start, node.end], '(((') }) }) as never,
    };
    const { host, theirsFixed } = setup({ breaker }, { 't/breaker': 'error' });
    const text = `const a = 1;\n`;
    // ESLint would write the broken text
    expect(theirsFixed(text, P('a.ts'))).toMatchObject({ fixed: true, output: 'const a = (((;\n' });
    const result = lintResult(host, text, P('a.ts'), true);
    expect(result.output).toBeUndefined();
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, !!m.fix])).toEqual([['t/breaker', 1, 11, true]]);
    expect(result.source).toBe(text);
  });

  it('reports through the script-block processor at the component file\'s lines, with ESLint\'s block file names', () => {
    const names: string[] = [];
    const where: HostRule = {
      meta: { messages: { m: '{{file}} ({{physical}})' } },
      create(context: never) {
        const c = context as Ctx;
        names.push(c.filename);
        return { CallExpression: (node: Node) => c.report({ node, loc: loc(c, node), messageId: 'm', data: { file: c.filename.replace(/\\/g, '/'), physical: c.physicalFilename.replace(/\\/g, '/') } }) } as never;
      },
    };
    const { ours, theirs } = setup({ where }, { 't/where': 'error' });
    const vue = `<template>\n  <p>{{ f() }}</p>\n</template>\n<script setup lang="ts">\nconst a = f(1 as number);\n</script>\n<script>\nexport default g();\n</script>\n`;
    const mine = ours(vue, P('App.vue'));
    expect(mine).toEqual(theirs(vue, P('App.vue')));
    const app = P('App.vue').replace(/\\/g, '/');
    expect(mine.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([`5:11 ${app}/0_0.ts (${app})`, `8:16 ${app}/0_0.ts (${app})`]);
  });

  it('refuses selectors it does not dispatch, rather than ignoring them', () => {
    for (const selector of ['CallExpression > Identifier', 'Identifier[name="a"]', '*', 'onCodePathStart']) {
      const rule: HostRule = { meta: {}, create: () => ({ [selector]: () => undefined }) as never };
      const { host } = setup({ rule }, { 't/rule': 'error' });
      expect(() => host.verify('f();\n', P('a.ts')), selector).toThrow(/listens to '.+': the gpt-image lint host dispatches node types and ':exit' only/);
    }
  });
});
