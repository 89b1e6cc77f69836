/**
 * What a run found, as steps, printed as text lines or as one JSON document.
 * The Io it writes to is the redacting one the command built
 * (src/verify/redact.ts): nothing here writes around it.
 */
import type { Io } from '../io.js';
import type { VerifyFailure } from './failure.js';
import type { Redacted } from './redact.js';

export type StepStatus = 'ok' | 'warn' | 'fail' | 'info';

export interface Step {
  status: StepStatus;
  /** What was checked: `catalog`, `GET /models/{id}`, `POST /images/generations`, `image`, ... */
  check: string;
  model?: string;
  message: string;
  hint?: string;
  data?: Record<string, unknown>;
}

const TAG: Record<StepStatus, string> = { ok: 'ok  ', warn: 'warn', fail: 'FAIL', info: '    ' };

export class Reporter {
  readonly steps: Step[] = [];

  constructor(
    private readonly io: Redacted<Io>,
    private readonly json: boolean,
  ) {}

  add(step: Step): void {
    this.steps.push(step);
    if (this.json) return;
    const line = `${TAG[step.status]}  ${step.message}`;
    this.io.out(step.hint ? `${line}\n      -> ${step.hint}` : line);
  }

  failure(f: VerifyFailure, model?: string): void {
    this.add({ status: 'fail', check: f.details.request ?? f.kind, model, message: f.message, hint: f.hint, data: { kind: f.kind, exitCode: f.exitCode, ...f.details } });
  }

  /** A text line outside the steps (header, summary); nothing in JSON mode. */
  line(text: string): void {
    if (!this.json) this.io.out(text);
  }

  /** Text mode: errors to stderr. JSON mode: the whole document on stdout. */
  error(text: string): void {
    this.io.err(text);
  }

  document(doc: Record<string, unknown>): void {
    this.io.out(JSON.stringify({ ...doc, steps: this.steps }, null, 2));
  }
}
