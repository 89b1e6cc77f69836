// The oxlint baseline: a JS plugin with one rule that does nothing, so oxlint pays for running JS plugins and no more.
export default { meta: { name: 'noop' }, rules: { noop: { create: () => ({}) } } };
