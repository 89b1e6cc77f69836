/**
 * Redaction: everything `gpt-image verify` writes (text, `--json`, option
 * errors, internal errors) goes through one redacting output built here, so a
 * key cannot leak through a server's echo, an error message or a URL.
 *
 * The rule: no run of 4 or more characters of a key's secret part appears in
 * the output, whatever the key's format or length. The secret part is the key
 * minus a known non-secret prefix (`sk-proj-`, `hiapi_`, ...), which is kept
 * so that words such as "project" are not masked for a `sk-proj-` key.
 */
export type Redactor = ((text: string) => string) & {
  /** Adds a secret to mask from now on (a key variable found only once the run starts, such as one named by the code). */
  add(secret: string | undefined): void;
};

export const MASK = '[REDACTED]';

/** Runs of this many characters of the secret are masked wherever they appear. */
export const MIN_RUN = 4;

/** Prefixes that name the kind of key, not the secret: OpenAI's and the gateways'. */
const KNOWN_PREFIX = /^(?:sk-(?:proj|svcacct|admin|None)-|sk-|sess-|rk-|hiapi[-_])/;

/**
 * The part of a key that is secret: the key without a known prefix. Any
 * other key is secret whole (a label such as `gw_live_` is not known to be
 * public, so it is masked too).
 */
export function secretPart(key: string): string {
  const k = key.trim();
  const known = KNOWN_PREFIX.exec(k);
  return known && k.length - known[0].length >= MIN_RUN ? k.slice(known[0].length) : k;
}

/** Generic shapes of secrets, redacted whatever the key is. */
const PATTERNS: readonly [RegExp, string][] = [
  // Authorization headers echoed back: "Bearer <token>", "Basic <token>".
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${MASK}`],
  // OpenAI-style keys: sk-..., sk-proj-..., sess-...; also partly masked echoes like "sk-abc****wxyz".
  [/\b(sk|sess|rk)-[A-Za-z0-9_*.-]{3,}/g, MASK],
  // api_key=... / "token": "..." in URLs and text: long values with a digit, so prose ("API key: OPENAI_API_KEY") stays.
  [/\b(api[-_]?key|access[-_]?token|token|key)(["']?\s*[=:]\s*["']?)(?=[^\s"'&,;]*\d)[^\s"'&,;]{12,}/gi, `$1$2${MASK}`],
  // Credentials in URLs (a proxy's user:password@).
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, `$1${MASK}@`],
];

/** The spellings of a secret that an echo may carry: as is, URL-encoded, JSON-escaped. */
function spellings(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate has no URL encoding; the other spellings still apply.
  }
  return [...forms];
}

/**
 * Builds the redactor for a run. `secrets` are the keys (undefined entries
 * are ignored). Every character of the output that belongs to a run of
 * MIN_RUN or more characters of a secret part is masked; each masked stretch
 * becomes one MASK.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const grams = new Set<string>();
  const whole: string[] = [];
  const add = (raw: string | undefined): void => {
    if (typeof raw !== 'string' || !raw.trim() || whole.includes(raw.trim())) return;
    whole.push(raw.trim());
    whole.sort((a, b) => b.length - a.length);
    for (const form of spellings(secretPart(raw))) {
      for (let i = 0; i + MIN_RUN <= form.length; i++) grams.add(form.slice(i, i + MIN_RUN));
    }
  };
  for (const raw of secrets) add(raw);
  const maskRuns = (text: string): string => {
    if (!grams.size || text.length < MIN_RUN) return text;
    const covered = new Uint8Array(text.length);
    let any = false;
    for (let i = 0; i + MIN_RUN <= text.length; i++) {
      if (grams.has(text.slice(i, i + MIN_RUN))) {
        covered.fill(1, i, i + MIN_RUN);
        any = true;
      }
    }
    if (!any) return text;
    let out = '';
    for (let i = 0; i < text.length; ) {
      if (!covered[i]) {
        out += text[i++];
        continue;
      }
      while (i < text.length && covered[i]) i++;
      out += MASK;
    }
    return out;
  };
  const redact = (input: string): string => {
    let text = input;
    for (const s of whole) if (s.length >= MIN_RUN) text = text.split(s).join(MASK);
    // Masking joins what was around a run; repeat until nothing of a secret is left.
    for (let pass = 0; pass < 4; pass++) {
      const next = maskRuns(text);
      if (next === text) break;
      text = next;
    }
    for (const [re, replacement] of PATTERNS) text = text.replace(re, replacement);
    return text;
  };
  return Object.assign(redact, { add });
}

/** An output that only redactingIo makes: what verify's writers take, so none can be handed a raw one. */
export type Redacted<T> = T & {
  readonly redacted: true;
  /** Masks this secret too, from now on: call it before a key read during the run is used. */
  protect(secret: string | undefined): void;
};

/** An Io whose every write goes through the redactor: the single way out of verify. */
export function redactingIo<T extends { out(text: string): void; err(text: string): void }>(io: T, redact: Redactor): Redacted<T> {
  return {
    ...io,
    out: (text: string) => io.out(redact(text)),
    err: (text: string) => io.err(redact(text)),
    redacted: true,
    protect: (secret: string | undefined) => redact.add(secret),
  };
}
