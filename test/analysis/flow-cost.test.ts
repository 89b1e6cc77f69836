/**
 * The cost of following values stays bounded: a builder that returns its own
 * call (or calls another that calls it back) is followed once, not to the
 * depth limit. Before, each level multiplied the union by the number of
 * returns (150 s and an out-of-memory crash on one real 800-line file); the
 * count of candidates a read may hold is the deterministic measure here.
 */
import { describe, expect, it } from 'vitest';
import { type Value, analyzeFile, stringCandidates } from '../../src/analysis/index.js';
import { parseAs } from './parse.js';

/** Every node of a value's union tree. */
function size(v: Value): number {
  return v.kind === 'union' ? 1 + v.options.reduce((n, o) => n + size(o), 0) : 1;
}

function modelOf(code: string): Value {
  const fa = analyzeFile(parseAs('oxc', code), code);
  expect(fa.requests).toHaveLength(1);
  const hit = fa.requests[0].model.hit;
  expect(hit).toBeDefined();
  return hit!.value;
}

describe('flow cost', () => {
  it('a self-recursive builder with several recursive returns is followed once', () => {
    const code = `
      function pick(x) {
        if (x.a) return pick(x.a);
        return x.b ? pick(x.b) : x.c ? pick(x.c) : "dall-e-3";
      }
      client.images.generate({ model: pick(opts), prompt: "p" });`;
    const v = modelOf(code);
    // The literal is still found (precision), once (no copy per recursion path).
    expect(stringCandidates(v).map((c) => c.value)).toEqual(['dall-e-3']);
    expect(size(v)).toBeLessThan(10);
  });

  it('mutually recursive builders are followed once each', () => {
    const code = `
      const a = (x) => (x.p ? b(x.p) : x.q ? b(x.q) : "gpt-image-1");
      function b(x) {
        if (x.r) return a(x.r);
        if (x.s) return a(x.s);
        return "dall-e-2";
      }
      client.images.generate({ model: a(opts), prompt: "p" });`;
    const v = modelOf(code);
    expect([...new Set(stringCandidates(v).map((c) => c.value))].sort()).toEqual(['dall-e-2', 'gpt-image-1']);
    expect(size(v)).toBeLessThan(20);
  });
});
