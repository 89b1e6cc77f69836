/**
 * An ESLint parser backed by oxc-parser, for `gpt-image lint`: the same
 * ESTree / TS-ESTree shapes typescript-eslint gives (see
 * `src/analysis/parse-oxc.ts`), several times faster, and with no TypeScript
 * installed. Made for this plugin's rules, which is all `gpt-image lint` runs:
 *  - nodes carry oxc's `start`/`end` but neither `range` nor `loc`: the
 *    rules report with a location computed from the offsets
 *    (`reportFindings`) and fix by offsets; the program and the comments (for
 *    `eslint-disable` comments) get both here;
 *  - no tokens: the rules read none;
 *  - an empty scope manager (one global scope, globals added as ESLint asks):
 *    the rules keep their own scopes (`src/analysis/scope.ts`), and ESLint's
 *    scope analysis was a sixth of the run.
 */
import type { Linter } from 'eslint';
import type { Node } from '../analysis/ast.js';
import { oxcVisitorKeys, parseOxc } from '../analysis/parse-oxc.js';
import { PACKAGE } from '../package-info.js';

type Options = Linter.ParserOptions & { filePath?: string };

/**
 * Line starts of a text, for offset -> `{ line, column }` (1-based line,
 * 0-based column, as ESLint's `loc`), at ESLint's line breaks (CRLF, CR, LF,
 * U+2028, U+2029).
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|[\r\n\u2028\u2029]/gu)) starts.push(m.index + m[0].length);
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

interface Variable {
  name: string;
  scope: GlobalScope;
  identifiers: unknown[];
  references: unknown[];
  defs: unknown[];
}
interface GlobalScope {
  type: 'global';
  set: Map<string, Variable>;
  variables: Variable[];
  through: unknown[];
  references: unknown[];
  childScopes: unknown[];
  variableScope: GlobalScope;
  block: Node;
  upper: null;
  isStrict: boolean;
  functionExpressionScope: boolean;
}

/** A scope manager with one empty global scope: what ESLint needs to run rules that ask no scope questions. */
function emptyScopeManager(program: Node) {
  const global = { type: 'global', set: new Map(), variables: [], through: [], references: [], childScopes: [], block: program, upper: null, isStrict: false, functionExpressionScope: false } as unknown as GlobalScope;
  global.variableScope = global;
  return {
    scopes: [global],
    globalScope: global,
    acquire: () => null,
    acquireAll: () => null,
    release: () => null,
    getDeclaredVariables: () => [],
    isGlobalReturn: () => false,
    isModule: () => program.sourceType === 'module',
    isImpliedStrict: () => false,
    isStrictModeSupported: () => true,
    addGlobals(names: string[]) {
      for (const name of names) {
        if (global.set.has(name)) continue;
        const variable: Variable = { name, scope: global, identifiers: [], references: [], defs: [] };
        global.set.set(name, variable);
        global.variables.push(variable);
      }
    },
  };
}

export const oxcParser: Linter.Parser = {
  meta: { name: `${PACKAGE.name}/oxc-parser`, version: PACKAGE.version },
  parseForESLint(code: string, options: Options = {}) {
    const program = parseOxc(code, options.filePath ?? 'file.tsx');
    program.range = [program.start, program.end];
    const starts = lineStarts(code);
    const locate = (n: Node) => {
      n.loc = { start: position(starts, n.start as number), end: position(starts, n.end as number) };
    };
    locate(program);
    for (const c of program.comments as Node[]) {
      c.range = [c.start, c.end];
      locate(c);
    }
    program.tokens = [];
    return { ast: program, visitorKeys: oxcVisitorKeys(), scopeManager: emptyScopeManager(program) } as unknown as Linter.ESLintParseResult;
  },
};
