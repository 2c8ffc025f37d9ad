import { parentPort } from 'node:worker_threads'
import { AppError } from '../../shared/errors/appError'
import { readTable, type ReadTableOptions, type Table } from './readTable'

export interface TableJob {
  jobId: number
  path: string
  options: ReadTableOptions
}

export type TableReply =
  | { jobId: number; ok: true; table: Table }
  | { jobId: number; ok: false; error: ReturnType<AppError['toData']> }

// Spreadsheet parsing runs here, off the main process: a crafted file can keep SheetJS busy for
// minutes or make it allocate gigabytes in ways no pre-check foresees, and only a thread can be stopped.
parentPort?.on('message', async (job: TableJob) => {
  let reply: TableReply
  try {
    reply = { jobId: job.jobId, ok: true, table: await readTable(job.path, job.options) }
  } catch (error) {
    const data =
      error instanceof AppError
        ? error.toData()
        : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) }
    reply = { jobId: job.jobId, ok: false, error: data }
  }
  parentPort?.postMessage(reply)
})
