/**
 * Unified diffs for `--dry`: Myers' O(ND) line diff, with three lines of
 * context, in the format `git apply` and `patch` read.
 */

function splitLines(text: string): { lines: string[]; finalNewline: boolean } {
  if (text === '') return { lines: [], finalNewline: true };
  const finalNewline = text.endsWith('\n');
  const lines = (finalNewline ? text.slice(0, -1) : text).split('\n');
  return { lines, finalNewline };
}

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

/** The edit script from `a` to `b` (Myers, linear-space-free variant: fine for the small D of a codemod). */
function diffLines(a: string[], b: string[]): Op[] {
  // Common prefix and suffix first: a codemod's changes are few and local.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const v: number[] = new Array(2 * max + 2).fill(0);
  const trace: number[][] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max]) ? v[k + 1 + max] : v[k - 1 + max] + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[k + max] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Backtrack.
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[k - 1 + max] < vd[k + 1 + max]) ? k + 1 : k - 1;
    const prevX = vd[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      middle.push({ kind: ' ', line: A[x], a: x, b: y });
    }
    if (x === prevX) {
      y--;
      middle.push({ kind: '+', line: B[y], a: x, b: y });
    } else {
      x--;
      middle.push({ kind: '-', line: A[x], a: x, b: y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    middle.push({ kind: ' ', line: A[x], a: x, b: y });
  }
  middle.reverse();
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', line: a[i], a: i, b: i });
  for (const o of middle) ops.push({ ...o, a: o.a + pre, b: o.b + pre });
  for (let i = 0; i < suf; i++) ops.push({ kind: ' ', line: a[a.length - suf + i], a: a.length - suf + i, b: b.length - suf + i });
  return ops;
}

const NO_NEWLINE = '\\ No newline at end of file';

/** A unified diff of one file, or '' when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName = oldName, context = 3): string {
  if (oldText === newText) return '';
  const A = splitLines(oldText);
  const B = splitLines(newText);
  // A change of the final newline is a change of the last line.
  const a = A.lines.map((l, i) => (i === A.lines.length - 1 && !A.finalNewline ? `${l}\0` : l));
  const b = B.lines.map((l, i) => (i === B.lines.length - 1 && !B.finalNewline ? `${l}\0` : l));
  const ops = diffLines(a, b);
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change close enough.
    const start = Math.max(0, i - context);
    let end = i;
    let j = i;
    while (j < ops.length) {
      if (ops[j].kind !== ' ') {
        end = j;
        j++;
        continue;
      }
      let run = 0;
      while (j + run < ops.length && ops[j + run].kind === ' ') run++;
      if (j + run >= ops.length || run > 2 * context) break;
      j += run;
    }
    const stop = Math.min(ops.length, end + 1 + context);
    const hunk = ops.slice(start, stop);
    const aStart = hunk.find((o) => o.kind !== '+')?.a ?? ops[start].a;
    const bStart = hunk.find((o) => o.kind !== '-')?.b ?? ops[start].b;
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@`);
    for (const o of hunk) {
      const noNl = o.line.endsWith('\0');
      out.push(`${o.kind}${noNl ? o.line.slice(0, -1) : o.line}`);
      if (noNl) out.push(NO_NEWLINE);
    }
    i = stop;
  }
  return `${out.join('\n')}\n`;
}
