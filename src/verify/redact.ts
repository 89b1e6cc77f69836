/**
 * Redaction: every line verify prints, every error it reports and its whole
 * `--json` document go through one function built here, so a key cannot leak
 * through a server's echo, an error message or a URL.
 */
export type Redactor = (text: string) => string;

const MASK = '[REDACTED]';

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

/**
 * Builds the redactor for a run. `secrets` are values to remove wherever
 * they appear (the key itself); long secrets also lose any 8-character run
 * of them, which catches a key echoed in part.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const exact = secrets.filter((s): s is string => typeof s === 'string' && s.trim().length >= 4);
  return (input: string): string => {
    let text = input;
    for (const s of exact) text = text.split(s).join(MASK);
    for (const s of exact) {
      if (s.length < 16) continue;
      for (let i = 0; i + 8 <= s.length; i++) {
        const part = s.slice(i, i + 8);
        if (text.includes(part)) text = text.split(part).join(MASK);
      }
    }
    for (const [re, replacement] of PATTERNS) text = text.replace(re, replacement);
    return text;
  };
}
