import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { DocumentRequest } from '../../shared/documents/documentCatalog'
import type { DocumentLang } from '../../shared/documents/documentLabels'
import { AppError, errorCodes, type ErrorCode } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import { loadPdfEngine } from './lazyPdfkit'
import type { WorkerJob, WorkerReply } from './worker'

export interface PdfRenderer {
  render(
    doc: ConferenceDocument,
    request: DocumentRequest,
    options: { fontsDir: string; lang: DocumentLang }
  ): Promise<Uint8Array>
  close(): Promise<void>
}

/**
 * Renders in one long-lived worker thread (out/main/pdf-worker.js) so the window never freezes.
 * When the worker file is absent (tests and the CLI run the sources under tsx) it renders in-process.
 */
export function createPdfRenderer(workerFile: string | null): PdfRenderer {
  if (!workerFile || !existsSync(workerFile)) {
    return {
      render: async (doc, request, options) => (await loadPdfEngine()).renderDocument(doc, request, options),
      close: async () => undefined
    }
  }
  let worker: Worker | null = null
  let nextJob = 1
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>()

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error)
    pending.clear()
    worker = null
  }

  const ensureWorker = (): Worker => {
    if (worker) return worker
    const created = new Worker(workerFile)
    created.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.jobId)
      if (!job) return
      pending.delete(reply.jobId)
      if (pending.size === 0) created.unref()
      if (reply.ok) job.resolve(reply.bytes)
      else {
        const code: ErrorCode = (errorCodes as readonly string[]).includes(reply.error.code)
          ? (reply.error.code as ErrorCode)
          : 'internal'
        job.reject(
          new AppError({
            code,
            message: reply.error.message,
            ...(reply.error.field ? { field: reply.error.field } : {})
          })
        )
      }
    })
    created.on('error', (error) =>
      failAll(new AppError({ code: 'internal', message: `Lỗi khi tạo PDF: ${error.message}` }))
    )
    created.on('exit', (code) => {
      if (pending.size > 0)
        failAll(
          new AppError({ code: 'internal', message: `Tiến trình tạo PDF dừng bất thường (mã ${code}).` })
        )
      worker = null
    })
    // An idle worker must not keep the app from quitting.
    created.unref()
    worker = created
    return created
  }

  return {
    render(doc, request, options) {
      const target = ensureWorker()
      const jobId = nextJob++
      target.ref()
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(jobId, { resolve, reject })
        const job: WorkerJob = { jobId, doc, request, options }
        target.postMessage(job)
      })
    },
    async close() {
      const current = worker
      worker = null
      if (current) await current.terminate()
    }
  }
}
