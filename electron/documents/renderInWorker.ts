import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { DocumentRequest } from '../../shared/documents/documentCatalog'
import type { DocumentLang } from '../../shared/documents/documentLabels'
import { AppError, errorCodes, type ErrorCode } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import { listDocuments, type DocumentRequest as Request } from '../../shared/documents/documentCatalog'
import type { ChildPort } from '../importExport/tableReader'
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

export interface RenderLimits {
  /** The longest real document (a 5,000-delegate list) renders in a few seconds. */
  timeoutMs: number
  /** Passed to the spawner as --max-old-space-size. */
  maxHeapMb: number
}

export const DEFAULT_RENDER_LIMITS: RenderLimits = { timeoutMs: 60_000, maxHeapMb: 1024 }

/** The document's title as the Documents tab shows it ("Danh sách khen thưởng"), for messages. */
function documentName(doc: ConferenceDocument, request: Request, lang: DocumentLang): string {
  const same = (other: Request) => JSON.stringify(other) === JSON.stringify(request)
  try {
    return listDocuments(doc, lang).find((entry) => same(entry.request))?.title ?? request.kind
  } catch {
    return request.kind
  }
}

function rendererError(reply: Extract<WorkerReply, { ok: false }>): AppError {
  const code: ErrorCode = (errorCodes as readonly string[]).includes(reply.error.code)
    ? (reply.error.code as ErrorCode)
    : 'internal'
  return new AppError({
    code,
    message: reply.error.message,
    ...(reply.error.field ? { field: reply.error.field } : {})
  })
}

/**
 * Renders in a process of its own, like the import reader: one document at a time, under a time
 * and a memory limit. A document that takes longer, or ends the process (out of memory), gets one
 * message naming it, and the next render starts a fresh process. A worker thread would not do: a
 * thread out of memory can abort the whole app.
 */
export function processPdfRenderer(
  spawn: (maxHeapMb: number) => ChildPort<WorkerJob, WorkerReply>,
  limits: RenderLimits = DEFAULT_RENDER_LIMITS
): PdfRenderer {
  let current: ChildPort<WorkerJob, WorkerReply> | null = null
  let nextJob = 1
  let queue: Promise<unknown> = Promise.resolve()

  const ensureProcess = () => {
    if (current) return current
    const started = spawn(limits.maxHeapMb)
    started.keepAlive(false)
    started.onExit(() => {
      if (current === started) current = null
    })
    current = started
    return started
  }
  const stop = () => {
    const running = current
    current = null
    running?.kill()
  }

  const run = (doc: ConferenceDocument, request: Request, options: WorkerJob['options']) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const target = ensureProcess()
      const jobId = nextJob++
      const name = documentName(doc, request, options.lang)
      const done = () => {
        clearTimeout(timer)
        offMessage()
        offExit()
        target.keepAlive(false)
      }
      const fail = (message: string) => {
        done()
        if (current === target) stop()
        reject(new AppError({ code: 'internal', message, field: 'docId' }))
      }
      const timer = setTimeout(
        () =>
          fail(
            `“${name}”: tạo PDF quá ${Math.round(limits.timeoutMs / 1000)} giây chưa xong nên đã dừng; hãy xem lại nội dung rất dài (một từ hay một ô dài bất thường) rồi in lại`
          ),
        limits.timeoutMs
      )
      const offMessage = target.onMessage((reply) => {
        if (reply.jobId !== jobId) return
        done()
        if (reply.ok) resolve(reply.bytes)
        else reject(rendererError(reply))
      })
      const offExit = target.onExit((code) =>
        fail(
          `“${name}”: tạo PDF cần quá nhiều bộ nhớ hoặc làm trình tạo PDF dừng (mã ${code ?? '?'}); hãy xem lại nội dung rất dài rồi in lại`
        )
      )
      target.keepAlive(true)
      target.send({ jobId, doc, request, options })
    })

  return {
    render(doc, request, options) {
      const result = queue.then(() => run(doc, request, options))
      queue = result.catch(() => undefined)
      return result
    },
    async close() {
      stop()
    }
  }
}
