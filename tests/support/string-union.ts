import ts from 'typescript';

/**
 * The members of a union of string literals, read by the TypeScript compiler: `source` is a module (imports and a
 * type alias, never written to disk) placed at `path`, so its relative imports resolve from there. Throws on a
 * member that is not a string literal (a union widened to `string`).
 */
export function stringUnion(path: string, source: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (file) => file === path || fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    file === path ? ts.createSourceFile(file, source, language) : getSourceFile(file, language, ...rest);
  const program = ts.createProgram([path], options, host);
  const checker = program.getTypeChecker();
  const alias = program.getSourceFile(path)!.statements.find(ts.isTypeAliasDeclaration)!;
  const union = checker.getTypeAtLocation(alias.name);
  return (union.isUnion() ? union.types : [union]).map((member) => {
    if (!member.isStringLiteral()) throw new Error(`${checker.typeToString(member)} is not a string literal`);
    return member.value;
  });
}
