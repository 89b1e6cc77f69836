/**
 * Typed linting: when the parser gives a TypeScript program, an imported name
 * (or a member of an imported `as const` object, enum or namespace) is what
 * its literal type says. The literal that defines it is found through the
 * symbol's declaration, so a finding can say where it is and `migrate` can
 * edit it there; a literal type without such a declaration is still a known
 * value, with no edit.
 *
 * TypeScript loads here on first use (a typed run has loaded it already):
 * importing the plugin loads none of it.
 */
import { createRequire } from 'node:module';
import type { ParserServicesWithTypeInformation } from '@typescript-eslint/utils';
import type * as TS from 'typescript';
import type { Node, TypedValues, Value } from '../analysis/index.js';
import { foreignLiteral } from '../analysis/project.js';
import { SDK_REQUEST_TYPES } from '../catalog/index.js';

let ts: typeof TS;

export function typedValues(services: ParserServicesWithTypeInformation): TypedValues {
  ts ??= createRequire(import.meta.url)('typescript') as typeof TS;
  const checker = services.program.getTypeChecker();
  return {
    requestTypeOf(node: Node): string | undefined {
      try {
        return requestType(checker, services, node);
      } catch {
        return undefined;
      }
    },
    valueOf(node: Node): Value | undefined {
      try {
        return typedValue(checker, services, node);
      } catch {
        // The checker failed inside TypeScript (seen once, in a typed run, while it named a module
        // symbol): the value is then followed syntactically, as without type information.
        return undefined;
      }
    },
  };
}

function typedValue(checker: TS.TypeChecker, services: ParserServicesWithTypeInformation, node: Node): Value | undefined {
  const tsNode = services.esTreeNodeToTSNodeMap.get(node as never) as TS.Node | undefined;
  if (!tsNode) return undefined;
  const type = checker.getTypeAtLocation(tsNode);
  const literals = (type.isUnion() ? type.types : [type]).map((t) => (t.isStringLiteral() ? t.value : undefined));
  if (!literals.length || literals.some((l) => l === undefined)) return undefined;
  // Only a name defined in another file: the file's own values are followed syntactically.
  const decl = declarationOf(checker, tsNode);
  if (!decl || decl.getSourceFile() === tsNode.getSourceFile()) return undefined;
  const init = initializerOf(decl);
  const values = literals as string[];
  if (values.length === 1 && init && (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) && init.text === values[0]) {
    const sf = decl.getSourceFile();
    return { kind: 'string', value: values[0], node: foreignLiteral(sf.fileName, sf.text, init.getStart(sf), init.getEnd(), values[0]) };
  }
  // Defined by an expression, not a literal: the value is known; an edit can only be made where it is used.
  const opts: Value[] = values.map((value) => ({ kind: 'string', value, node }));
  return opts.length === 1 ? opts[0] : { kind: 'union', options: opts, node };
}

/** The SDK's own declarations: a type of this name declared anywhere else is not the SDK's. */
const SDK_DECLARATIONS = /[\\/]node_modules[\\/]openai[\\/]/;

function requestType(checker: TS.TypeChecker, services: ParserServicesWithTypeInformation, node: Node): string | undefined {
  const tsNode = services.esTreeNodeToTSNodeMap.get(node as never) as TS.Node | undefined;
  if (!tsNode || !ts.isObjectLiteralExpression(tsNode)) return undefined;
  const type = checker.getContextualType(tsNode);
  if (!type) return undefined;
  // `ImageGenerateParams` is an alias of a union; a parameter may be typed by one member of it.
  const symbols = [type.aliasSymbol, type.getSymbol(), ...(type.isUnion() ? type.types.map((t) => t.aliasSymbol ?? t.getSymbol()) : [])];
  const names = new Set<string>();
  for (const sym of symbols) {
    const decl = sym?.declarations?.[0];
    if (sym && decl && SDK_DECLARATIONS.test(decl.getSourceFile().fileName)) names.add(sym.getName());
  }
  // A union of several request types (a parameter taking any request) names none.
  const known = [...names].filter((n) => n in SDK_REQUEST_TYPES.value);
  const kinds = new Set(known.map((n) => SDK_REQUEST_TYPES.value[n]));
  return kinds.size === 1 ? known[0] : undefined;
}

function declarationOf(checker: TS.TypeChecker, node: TS.Node): TS.Declaration | undefined {
  let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

function initializerOf(decl: TS.Declaration): TS.Expression | undefined {
  let init: TS.Expression | undefined;
  if (ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isEnumMember(decl) || ts.isPropertyDeclaration(decl)) init = decl.initializer;
  while (init && (ts.isAsExpression(init) || ts.isParenthesizedExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
  return init;
}
