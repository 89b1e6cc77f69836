/**
 * The built plugin's default export, alone. eslint-doc-generator loads a
 * plugin with require(); on Node >= 20.19 that returns the ES module's
 * namespace, and because `dist/src/index.js` also has named exports the
 * generator takes the namespace (no `configs`) for the plugin. Re-exporting
 * only the default makes it use the plugin object. Paths in
 * `.eslint-doc-generatorrc.js` are relative to this directory.
 */
export { default } from '../dist/src/index.js';
