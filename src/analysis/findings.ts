/**
 * What the analysis hands its front ends: a node to report on, a message, and
 * edit plans. Rules turn `fix` into an autofix and `suggestions` into
 * suggestions; transforms apply the plan named by their option.
 */
import type { Node } from './ast.js';
import type { TextEdit } from './edits.js';

export type MessageData = Readonly<Record<string, string | number>>;

export interface Suggestion {
  messageId: string;
  data: MessageData;
  edits: TextEdit[];
}

export interface Finding {
  node: Node;
  messageId: string;
  data: MessageData;
  /** An edit that is certainly right: rules offer it as an autofix. */
  fix?: TextEdit[];
  suggestions: Suggestion[];
  /**
   * The `TODO(gpt-image)` comment a transform leaves when no suggestion fits
   * and the check knows why better than a generic note (a library to leave,
   * an Azure deployment to create).
   */
  todo?: string;
}
