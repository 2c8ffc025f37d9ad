export declare const ASAR_BUDGET_BYTES: number
export declare const REQUIRED: string[]
export declare const FORBIDDEN: { rule: RegExp; why: string }[]
export declare function checkAsarContents(
  entries: string[],
  readJson: (path: string) => unknown,
  projectPackage: { name: string; version: string },
  mainImports: string[]
): string[]
export declare function entryFiles(manifest: unknown): string[]
export declare function packageImports(code: string, builtins: readonly string[]): string[]
