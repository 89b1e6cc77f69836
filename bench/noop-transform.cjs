// The jscodeshift baseline: parse every file, change nothing.
module.exports = function noop(file, api) {
  api.jscodeshift(file.source);
  return undefined;
};
