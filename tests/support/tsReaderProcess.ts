import { fileURLToPath } from 'node:url'
import { forkReaderProcess } from '../../electron/importExport/forkReaderProcess'

/** The import-file reader as the app runs it, from the TypeScript sources (tsx in the child). */
export const tsReaderProcess = forkReaderProcess(
  fileURLToPath(new URL('../../electron/importExport/tableWorker.ts', import.meta.url)),
  ['--import', 'tsx']
)
