import { it } from 'vitest';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index.js';

const code = process.env.CODE ?? '';
it('scratch', () => {
  const linter = new Linter({ configType: 'flat' });
  const msgs = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { 'gpt-image': plugin as never }, rules: Object.fromEntries(Object.keys(plugin.rules).map((r) => [`gpt-image/${r}`, ['error', ...(r === 'no-legacy-model' || r === 'require-model' ? [{ today: '2026-11-22' }] : [])]])) }], 'x.ts');
  for (const m of msgs) {
    console.log(`${m.line}:${m.column} ${m.ruleId} ${m.message}${m.fix ? ' [FIX ' + JSON.stringify(m.fix) + ']' : ''}`);
    for (const s of m.suggestions ?? []) console.log(`   -> ${s.desc} ${JSON.stringify(s.fix)}`);
  }
});
