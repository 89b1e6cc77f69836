/** The script blocks of .vue, .svelte and .astro files, and the one program they parse as. */
import { describe, expect, it } from 'vitest';
import { isScriptHost, maskedScript, outsideBlocks, scriptBlocks } from '../../src/analysis/script-blocks.js';
import { parseSource } from '../../src/codemod/parse.js';

/** Each block as `lang: text`, after checking that its offset points at its text. */
function blocks(file: string, text: string): string[] {
  return scriptBlocks(file, text).map((b) => {
    expect(text.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
    return `${b.lang}: ${b.text.trim()}`;
  });
}

describe('scriptBlocks', () => {
  it('reads a Vue SFC: <script> and <script setup lang="ts">, not a <script> inside the template, a style or a comment', () => {
    const vue = [
      '<template>',
      '  <div v-if="a > b"><img :src="src"><script>inTemplate()</script></div>',
      '</template>',
      '<!-- <script>commented()</script> -->',
      '<script setup lang="ts" generic="T extends Record<string, unknown>">',
      'const x: number = 1;',
      '</script>',
      '<script>',
      'export default {};',
      '</SCRIPT >',
      '<style>a::before { content: "<script>" }</style>',
      '<script lang="coffee">x = 1</script>',
      '<script src="./external.js"></script>',
      '',
    ].join('\n');
    expect(blocks('App.vue', vue)).toEqual(['ts: const x: number = 1;', 'js: export default {};']);
  });

  it("reads Svelte's module and instance scripts, not a JSON-LD or other non-JS script in the markup", () => {
    const svelte = [
      '<script context="module" lang="ts">export const p = 1;</script>',
      '<script module>export const q = 2;</script>',
      '<script lang="tsx">let a = <b />;</script>',
      '<svelte:head><script type="application/ld+json">{ "model": "dall-e-2" }</script></svelte:head>',
      '<p on:click={() => a < 2}>{a}</p>',
      '<script type="text/template">not code</script>',
      '',
    ].join('\n');
    expect(blocks('Card.svelte', svelte)).toEqual(['ts: export const p = 1;', 'js: export const q = 2;', 'tsx: let a = <b />;']);
  });

  it('reads braced attribute values whole: a `>` inside one does not end the tag', () => {
    const svelte = '<div>\n  <button on:click={() => count > 1 && go(\'</div>\')} {...rest} {title}>x</button>\n  <script>inMarkup()</script>\n</div>\n<script>\n  let count = 0;\n</script>\n';
    expect(blocks('Counter.svelte', svelte)).toEqual(['js: let count = 0;']);
  });

  it('finds a top-level script after markup that leaves an end tag out (`<li>` without `</li>`)', () => {
    const svelte = '<ul>\n  <li>one\n  <li>two\n</ul>\n\n<script>\n  let a = 1;\n</script>\n';
    expect(blocks('List.svelte', svelte)).toEqual(['js: let a = 1;']);
  });

  it("reads Astro's frontmatter (CRLF and a BOM too), and not the page's browser scripts", () => {
    expect(blocks('Page.astro', `---\nconst a = 1;\n---\n<h1>{a}</h1>\n<script>console.log(1)</script>\n`)).toEqual(['ts: const a = 1;']);
    const crlf = `\uFEFF---\r\nconst a = 1;\r\n---\r\n<h1>{a}</h1>\r\n`;
    const [b] = scriptBlocks('Page.astro', crlf);
    expect(b).toEqual({ text: 'const a = 1;\r\n', offset: crlf.indexOf('const'), lang: 'ts' });
    expect(scriptBlocks('Page.astro', '<h1>no frontmatter</h1>\n<script>x()</script>\n')).toEqual([]);
  });

  it('knows the component file types', () => {
    expect(['a.vue', 'b.svelte', 'c.astro', 'D.VUE'].map(isScriptHost)).toEqual([true, true, true, true]);
    expect(['a.ts', 'b.md', 'c.html', 'vue'].map(isScriptHost)).toEqual([false, false, false, false]);
  });
});

describe('maskedScript', () => {
  const svelte = '<script context="module">\n  export const M = 1\n</script>\n\n<script lang="ts">\n  (M as number)\n</script>\n<p>{M}</p>\n';

  it("is the file's length with the blocks in place, line breaks kept, the rest blanked, and a ; after each block", () => {
    const m = maskedScript('C.svelte', svelte)!;
    expect(m.text.length).toBe(svelte.length);
    expect(m.text.split('\n').length).toBe(svelte.split('\n').length);
    expect(m.lang).toBe('ts');
    expect(m.text.trim().replace(/\s+/g, ' ')).toBe('export const M = 1 ; (M as number) ;');
    // Without the `;` the two blocks would read `export const M = 1 (M as number)`, a call.
    const root = parseSource('C.svelte', svelte) as { program: { body: { type: string; start: number }[] } };
    expect(root.program.body.map((s) => s.type)).toEqual(['ExportNamedDeclaration', 'ExpressionStatement']);
    expect(svelte.slice(root.program.body[1].start)).toMatch(/^\(M as number\)/);
  });

  it('drops an import that a Vue <script setup> repeats from <script>, as Vue does, so that the program parses', () => {
    const vue = "<script lang=\"ts\">\nimport OpenAI from 'openai';\nexport default { name: 'X' };\n</script>\n<script setup lang=\"ts\">\nimport OpenAI from 'openai';\nimport { ref } from 'vue';\nconst o = new OpenAI();\n</script>\n";
    const m = maskedScript('X.vue', vue)!;
    expect(m.text.length).toBe(vue.length);
    expect(m.text.match(/import OpenAI/g)).toHaveLength(1);
    expect(m.text).toContain("import { ref } from 'vue';");
    expect(() => parseSource('X.vue', vue)).not.toThrow();
    // Only Vue merges them: in Svelte the module and instance scripts may not both import a name.
    expect(maskedScript('X.svelte', vue)!.text.match(/import OpenAI/g)).toHaveLength(2);
  });

  it('is undefined without a script block, and outsideBlocks is the markup around the blocks', () => {
    expect(maskedScript('A.vue', '<template><p /></template>\n')).toBeUndefined();
    expect(outsideBlocks('C.svelte', svelte)).toEqual(['<script context="module">', '</script>\n\n<script lang="ts">', '</script>\n<p>{M}</p>\n']);
  });
});
