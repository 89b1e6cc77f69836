/** A small fixed-seed PRNG (mulberry32): same seed, same sequence. */
export function prng(seed: number): () => number;
/** Writes `count` realistic files under `root` (deterministic for a seed) and returns their paths. */
export function generate(root: string, count?: number, seed?: number): string[];
