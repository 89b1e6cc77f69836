/**
 * The shapes of static values, shared by the scope model (typed values ride
 * on the file index) and the resolver in `values.ts`. Types only: a leaf
 * module, so the index, the scope model and the resolver import it without a
 * circle.
 */
import type { Node } from './ast.js';

export type Value =
  | { kind: 'string'; value: string; node: Node }
  | { kind: 'number'; value: number; node: Node }
  | { kind: 'boolean'; value: boolean; node: Node }
  | { kind: 'object'; node: Node }
  | { kind: 'array'; node: Node }
  | { kind: 'union'; options: Value[]; node: Node }
  | { kind: 'unknown'; node: Node }
  /**
   * A request assembled from several places, seen with the API's parameter
   * names: a library's camelCase options, `generateImage`'s top-level `size`
   * plus `providerOptions.openai`, a `FormData` filled by `append` calls.
   * Built by `calls.ts`, never by `resolve`.
   */
  | View;

export interface FormEntry {
  /** The API parameter name. */
  key: string;
  /** The value as written. */
  value: Node;
  /** What an edit removing the parameter removes (the `form.append(...)` statement). */
  prop: Node;
  /** Non-empty when the entry cannot be edited on its own. */
  via: Node[];
}

export type ViewPart =
  /** An object whose keys are spelled `keys` (source key -> API key); `only`: the API keys it may carry. */
  | { kind: 'object'; value: Value; keys?: Readonly<Record<string, string>>; only?: readonly string[] }
  /** `FormData` entries; `uncertain` when the form is also filled elsewhere. */
  | {
      kind: 'entries';
      entries: readonly FormEntry[];
      uncertain: boolean;
      /** Writes to the request whose key is not known (`params[key] = v`, a write in another function): a migration leaves a TODO there. */
      unread?: readonly Node[];
    };

export interface View {
  kind: 'view';
  /** The node that stands for the request (the options object, the form). */
  node: Node;
  /** Later parts override earlier ones. */
  parts: readonly ViewPart[];
  /** API key -> how the code spells it (for edits that add or rename a key). */
  spell?: Readonly<Record<string, string>>;
  /** Where a missing parameter is added: an object literal, or after the last `append` of a form. */
  addTo?: { kind: 'object'; node: Node } | { kind: 'form'; receiver: string; after: Node };
}

/** The type checker's literal types (typed linting). */
export interface TypedValues {
  valueOf(node: Node): Value | undefined;
  /** The openai SDK request type an object literal is written for (its contextual type), by the type's name. */
  requestTypeOf?(node: Node): string | undefined;
}
