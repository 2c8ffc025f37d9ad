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

// Runs off the main thread so the window keeps repainting while a 300-page list is drawn.
parentPort?.on('message', async (job: WorkerJob) => {
  try {
    const bytes = await renderDocument(job.doc, job.request, job.options)
    const reply: WorkerReply = { jobId: job.jobId, ok: true, bytes }
    parentPort?.postMessage(reply, [bytes.buffer as ArrayBuffer])
  } catch (error) {
    const data =
      error instanceof AppError
        ? error.toData()
        : { code: 'internal', message: error instanceof Error ? error.message : String(error) }
    const reply: WorkerReply = { jobId: job.jobId, ok: false, error: data }
    parentPort?.postMessage(reply)
  }
})
