/**
 * jscodeshift transform `all`: every gpt-image transform in one pass per file
 * (openai-v4, responses-image-tool, require-model, migrate-image-model), as
 * `gpt-image migrate` runs them.
 *
 *   npx jscodeshift -t node_modules/eslint-plugin-gpt-image/dist/transforms/all.cjs \
 *     --extensions=js,jsx,mjs,cjs,ts,tsx,mts,cts src/
 */
import { TRANSFORM_NAMES } from '../src/codemod/transforms.js';
import { jscodeshiftTransform } from '../src/codemod/jscodeshift.js';

const transform = jscodeshiftTransform(TRANSFORM_NAMES);
export default transform;
