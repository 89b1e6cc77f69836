/**
 * One walk of the tree dispatching rules' listeners, in ESLint's order: depth
 * first by the parser's visitor keys, each node's enter listeners before its
 * children and its `:exit` listeners after them. As in ESLint, every node's
 * `parent` is set before any listener runs.
 *
 * Listeners are keyed by node type (`CallExpression`, `Program:exit`), all
 * this plugin's rules use. Other selector syntax (attributes, descendants,
 * `*`, code path events) is refused with an error rather than ignored.
 */
import type { Node } from '../analysis/ast.js';

export type Listener = (node: Node) => void;
export type RuleListeners = Record<string, Listener | undefined>;

const NODE_TYPE = /^[A-Za-z][A-Za-z0-9]*$/;
/** Keys `eslint-visitor-keys` never walks into, for a node type the visitor keys do not know. */
const NOT_CHILDREN = new Set(['parent', 'leadingComments', 'trailingComments']);

/** Listeners by node type, for entering and for leaving; `owner` names the rule in errors. */
export class Dispatcher {
  readonly enter = new Map<string, Listener[]>();
  readonly exit = new Map<string, Listener[]>();

  add(owner: string, listeners: RuleListeners): void {
    for (const [selector, listener] of Object.entries(listeners)) {
      if (typeof listener !== 'function') continue;
      const exit = selector.endsWith(':exit');
      const type = exit ? selector.slice(0, -':exit'.length) : selector;
      if (!NODE_TYPE.test(type) || type.startsWith('onCodePath') || type.startsWith('onUnreachable')) {
        throw new Error(`Rule '${owner}' listens to '${selector}': the gpt-image lint host dispatches node types and ':exit' only`);
      }
      const table = exit ? this.exit : this.enter;
      const list = table.get(type);
      if (list) list.push(listener);
      else table.set(type, [listener]);
    }
  }

  get empty(): boolean {
    return this.enter.size === 0 && this.exit.size === 0;
  }
}

const isNode = (x: unknown): x is Node => x !== null && typeof x === 'object' && typeof (x as Node).type === 'string';

/** What the walk does at a node of one type: its child keys, and the listeners on entering and leaving. */
interface TypePlan {
  keys: readonly string[] | undefined;
  enter: Listener[] | undefined;
  exit: Listener[] | undefined;
}

/**
 * Sets `parent` on every node and calls the listeners. The walk records the
 * events that have listeners first and calls them after, so that a listener
 * sees every `parent` link, as under ESLint.
 */
export function traverse(ast: Node, visitorKeys: Readonly<Record<string, readonly string[]>>, dispatcher: Dispatcher): void {
  const events: (Node | Listener[])[] = [];
  const plans = new Map<string, TypePlan>();
  const planOf = (type: string): TypePlan => {
    let plan = plans.get(type);
    if (!plan) {
      plan = { keys: visitorKeys[type], enter: dispatcher.enter.get(type), exit: dispatcher.exit.get(type) };
      plans.set(type, plan);
    }
    return plan;
  };
  const visit = (node: Node, parent: Node | null) => {
    node.parent = parent;
    const plan = planOf(node.type);
    if (plan.enter) events.push(plan.enter, node);
    // (a type the visitor keys do not know: its own keys, as eslint-visitor-keys' `getKeys`)
    const keys = plan.keys ?? Object.keys(node).filter((k) => !NOT_CHILDREN.has(k) && !k.startsWith('_'));
    for (let i = 0; i < keys.length; i++) {
      const child = node[keys[i]];
      if (Array.isArray(child)) {
        for (let j = 0; j < child.length; j++) if (isNode(child[j])) visit(child[j], node);
      } else if (isNode(child)) {
        visit(child, node);
      }
    }
    if (plan.exit) events.push(plan.exit, node);
  };
  visit(ast, null);
  for (let i = 0; i < events.length; i += 2) {
    const node = events[i + 1] as Node;
    for (const listener of events[i] as Listener[]) listener(node);
  }
}
