/**
 * An ESLint parser backed by oxc-parser, for `gpt-image lint`: the same
 * ESTree / TS-ESTree shapes typescript-eslint gives (see
 * `src/analysis/parse-oxc.ts`), several times faster, and with no TypeScript
 * installed. ESLint wants `range` and `loc` on every node and comment and a
 * token list: ranges come from oxc, lines and columns are computed here, and
 * the token list is empty (this plugin's rules read no tokens).
 */
import type { Linter } from 'eslint';
import type { Node } from '../analysis/ast.js';
import { oxcVisitorKeys, parseOxc } from '../analysis/parse-oxc.js';
import { PACKAGE } from '../package-info.js';

type Options = Linter.ParserOptions & { filePath?: string };

/** Line starts of a text, for offset -> `{ line, column }` (1-based line, 0-based column, as ESLint's `loc`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] };
}

export const oxcParser: Linter.Parser = {
  meta: { name: `${PACKAGE.name}/oxc-parser`, version: PACKAGE.version },
  parseForESLint(code: string, options: Options = {}) {
    const program = parseOxc(code, options.filePath ?? 'file.tsx', { range: true });
    const keys = oxcVisitorKeys();
    const starts = lineStarts(code);
    const locate = (n: Node) => {
      n.loc = { start: position(starts, n.start as number), end: position(starts, n.end as number) };
    };
    const walk = (n: Node) => {
      locate(n);
      for (const key of keys[n.type] ?? []) {
        const child = n[key] as Node | Node[] | null | undefined;
        if (!child) continue;
        if (Array.isArray(child)) {
          for (const c of child) if (c) walk(c);
        } else walk(child);
      }
    };
    walk(program);
    for (const c of program.comments as Node[]) {
      c.range = [c.start, c.end];
      locate(c);
    }
    program.tokens = [];
    return { ast: program, visitorKeys: keys } as unknown as Linter.ESLintParseResult;
  },
};
