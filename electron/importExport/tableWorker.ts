import { AppError } from '../../shared/errors/appError'
import { loadPapaParse, loadSheetJs } from './lazyLibraries'
import { readTable, type ReadTableOptions, type Table } from './readTable'

export interface TableJob {
  jobId: number
  path: string
  options: ReadTableOptions
}

export type TableReply =
  | { jobId: number; ok: true; table: Table }
  | { jobId: number; ok: false; error: ReturnType<AppError['toData']> }

/** Electron's utility process talks through process.parentPort; a Node child through process.send. */
interface ParentPort {
  on(event: 'message', listener: (event: { data: TableJob }) => void): void
  postMessage(message: TableReply): void
}

async function answer(job: TableJob): Promise<TableReply> {
  try {
    return { jobId: job.jobId, ok: true, table: await readTable(job.path, job.options) }
  } catch (error) {
    const data =
      error instanceof AppError
        ? error.toData()
        : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) }
    return { jobId: job.jobId, ok: false, error: data }
  }
}

// Spreadsheet parsing runs in a process of its own: a crafted file can keep SheetJS busy for
// minutes, or exhaust the heap, in ways no pre-check foresees. A thread that runs out of memory
// can take the whole app down with it (Node's worker resource limits are best-effort); a child
// process only ends itself, and the app answers the clerk.
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort
// This process exists only to read tables, and the app starts it while the clerk is still
// choosing the file: the readers load meanwhile (the code pages wait for a file that needs them).
void loadSheetJs()
void loadPapaParse()
if (parentPort) {
  parentPort.on('message', (event) => void answer(event.data).then((reply) => parentPort.postMessage(reply)))
} else {
  process.on('message', (job: TableJob) => void answer(job).then((reply) => process.send?.(reply)))
}
