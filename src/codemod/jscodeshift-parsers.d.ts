// jscodeshift's Babel parser modules (CommonJS; each exports a factory returning `{ parse(code) }`).
declare module 'jscodeshift/parser/ts.js' {
  const factory: () => { parse(code: string): unknown };
  export default factory;
}
declare module 'jscodeshift/parser/tsx.js' {
  const factory: () => { parse(code: string): unknown };
  export default factory;
}
