// The legacy build carries the polyfills Electron's Chromium may lack (Map.getOrInsertComputed…).
// The worker is bundled by Vite as a local asset: nothing is fetched from the network.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>

let loading: Promise<PdfJs> | null = null

/** pdf.js is large: it is loaded the first time a preview is asked for, not with the app. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
    return pdfjs
  })
  return loading
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/**
 * Opens a PDF from the base64 bytes 'documents:render' returns. The CSP forbids eval, so pdf.js
 * must not even try it; our PDFs embed their fonts, so no font data is fetched either.
 */
export async function openPdf(pdfBase64: string): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs()
  return pdfjs.getDocument({
    data: base64ToBytes(pdfBase64),
    isEvalSupported: false,
    disableFontFace: false,
    useSystemFonts: false,
    stopAtErrors: false
  }).promise
}
