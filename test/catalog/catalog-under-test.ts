export * from '../../src/catalog/index.js';
export { FLEXIBLE_SIZES as FLEXIBLE_SIZES_FOR_TEST } from '../../src/catalog/params.js';
