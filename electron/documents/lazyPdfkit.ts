/**
 * The PDF engine (pdfkit, fontkit and our drawing code), loaded the first time a document is
 * rendered and then kept: loading it costs about 0.4 s of CPU on these machines, which neither the
 * app's first window nor `hoinghi validate` should pay.
 *
 * Code outside electron/documents reaches the engine only through this function (or through the
 * worker, whose own file loads it), never by a static import of renderDocument. The Word renderer
 * (docx) gets its loader here beside it.
 */
export type PdfEngine = typeof import('./renderDocument')

let loading: Promise<PdfEngine> | undefined

export function loadPdfEngine(): Promise<PdfEngine> {
  return (loading ??= import('./renderDocument'))
}
