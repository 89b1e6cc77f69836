/**
 * jscodeshift transform `migrate-image-model` (see docs/codemod.md):
 *
 *   npx jscodeshift -t node_modules/eslint-plugin-gpt-image/dist/transforms/migrate-image-model.cjs \
 *     --extensions=js,jsx,mjs,cjs,ts,tsx,mts,cts src/
 *
 * Options: --target=ID (default: the catalog's default target), --url=data-url|todo,
 * --textModel=ID. The parser is chosen per file from its extension.
 */
import { jscodeshiftTransform } from '../src/codemod/jscodeshift.js';

const transform = jscodeshiftTransform(['migrate-image-model']);
export default transform;
