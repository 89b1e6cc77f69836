/**
 * jscodeshift transform `openai-v4` (see docs/codemod.md): moves a file from
 * the openai v3 SDK (`OpenAIApi`) to openai v4 as a whole, and sets the
 * `openai` range in the nearest package.json (not with --dry), or leaves one
 * TODO saying why the file cannot move.
 *
 *   npx jscodeshift -t node_modules/eslint-plugin-gpt-image/dist/transforms/openai-v4.cjs src/
 */
import { jscodeshiftTransform } from '../src/codemod/jscodeshift.js';

const transform = jscodeshiftTransform(['openai-v4']);
export default transform;
