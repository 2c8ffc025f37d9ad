/**
 * The import/export libraries, each loaded the first time a file needs it and then kept.
 *
 * Loading all of them costs more CPU than most commands spend working (ExcelJS alone ≈ 0.6 s of a
 * 2-core office PC, SheetJS's code pages ≈ 0.2 s), and `hoinghi validate` or the app's first
 * window needs none of them. Import them here and nowhere else (ESLint refuses a static import
 * of these packages elsewhere in electron/; type-only imports are fine): a new import or export
 * path calls one of these functions where it starts working.
 */
import type * as SheetJsModule from 'xlsx'
import type ExcelJsModule from 'exceljs'
import type PapaModule from 'papaparse'
import type IconvModule from 'iconv-lite'

export type SheetJs = typeof SheetJsModule
export type ExcelJs = typeof ExcelJsModule
export type PapaParse = typeof PapaModule
export type IconvLite = typeof IconvModule

/** One promise per library: concurrent first uses share one load, and a module loads once. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => (loading ??= load())
}

/** SheetJS without its code pages: .xlsx and Excel 97–2003 (BIFF8) .xls keep their text in Unicode. */
export const loadSheetJs = once(async (): Promise<SheetJs> => (await import('xlsx')).default)

/**
 * SheetJS with the Windows code pages set: Excel 5.0/95 (BIFF5) .xls and HTML saved as .xls keep
 * their text in the code page they were written in (1258 for Vietnamese), and read as mojibake
 * without the tables. The ES module build of SheetJS ships without them.
 */
export const loadSheetJsWithCodepages = once(async (): Promise<SheetJs> => {
  const [sheetJs, codepages] = await Promise.all([loadSheetJs(), import('xlsx/dist/cpexcel.full.mjs')])
  sheetJs.set_cptable(codepages)
  return sheetJs
})

export const loadExcelJs = once(async (): Promise<ExcelJs> => (await import('exceljs')).default)

export const loadPapaParse = once(async (): Promise<PapaParse> => (await import('papaparse')).default)

/** Windows-1258 and other legacy byte encodings. */
export const loadIconvLite = once(async (): Promise<IconvLite> => (await import('iconv-lite')).default)
