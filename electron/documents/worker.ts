import { parentPort } from 'node:worker_threads'
import type { DocumentRequest } from '../../shared/documents/documentCatalog'
import type { DocumentLang } from '../../shared/documents/documentLabels'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import { renderDocument } from './renderDocument'

export interface WorkerJob {
  jobId: number
  doc: ConferenceDocument
  request: DocumentRequest
  options: { fontsDir: string; lang: DocumentLang }
}

export type WorkerReply =
  | { jobId: number; ok: true; bytes: Uint8Array }
  | { jobId: number; ok: false; error: { code: string; message: string; field?: string } }

async function answer(job: WorkerJob): Promise<WorkerReply> {
  try {
    return { jobId: job.jobId, ok: true, bytes: await renderDocument(job.doc, job.request, job.options) }
  } catch (error) {
    const data =
      error instanceof AppError
        ? error.toData()
        : { code: 'internal', message: error instanceof Error ? error.message : String(error) }
    return { jobId: job.jobId, ok: false, error: data }
  }
}

/** Electron's utility process talks through process.parentPort; a Node child through process.send. */
interface UtilityPort {
  on(event: 'message', listener: (event: { data: WorkerJob }) => void): void
  postMessage(message: WorkerReply): void
}

// Runs off the main thread so the window keeps repainting while a 300-page list is drawn. In the
// app it is a process of its own, with a time and memory limit (see renderInWorker.ts): a document
// that keeps pdfkit busy or exhausts the heap ends only this process.
const utilityPort = (process as unknown as { parentPort?: UtilityPort }).parentPort
if (parentPort) {
  parentPort.on(
    'message',
    (job: WorkerJob) =>
      void answer(job).then((reply) =>
        parentPort?.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : [])
      )
  )
} else if (utilityPort) {
  utilityPort.on(
    'message',
    (event) => void answer(event.data).then((reply) => utilityPort.postMessage(reply))
  )
} else if (process.send) {
  process.on('message', (job: WorkerJob) => void answer(job).then((reply) => process.send?.(reply)))
}
