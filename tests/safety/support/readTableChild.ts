import { readTable } from '../../../electron/importExport/readTable'
import { AppError } from '../../../shared/errors/appError'

/**
 * Runs readTable for the parent test, one path per message. It lives in its own process because
 * a spreadsheet reader that loops forever cannot be interrupted from inside: the parent kills
 * this process instead and fails the test, where an in-process hang would stall the whole run.
 */
process.on('message', (path: string) => {
  readTable(path).then(
    (table) => process.send?.({ path, table }),
    (error: unknown) =>
      process.send?.({
        path,
        error: error instanceof AppError ? error.toData() : null,
        other: error instanceof AppError ? undefined : String(error)
      })
  )
})
process.send?.({ ready: true })
