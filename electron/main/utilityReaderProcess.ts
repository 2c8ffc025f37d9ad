import { utilityProcess } from 'electron'
import type { ChildPort, ReaderProcess } from '../importExport/tableReader'
import type { TableJob, TableReply } from '../importExport/tableWorker'

/**
 * The import-file reader as an Electron utility process: a Node process of its own (no
 * ELECTRON_RUN_AS_NODE, which the fuses turn off), whose heap running out ends only itself.
 */
export function utilityReaderProcess(modulePath: string): (maxHeapMb: number) => ReaderProcess {
  return utilityChildProcess<TableJob, TableReply>(modulePath, 'HoiNghi – đọc tệp nhập')
}

/** Any job process (the table reader, the PDF renderer) as an Electron utility process. */
export function utilityChildProcess<Job, Reply>(modulePath: string, serviceName: string) {
  return (maxHeapMb: number): ChildPort<Job, Reply> => {
    const child = utilityProcess.fork(modulePath, [], {
      execArgv: [`--max-old-space-size=${maxHeapMb}`],
      serviceName,
      stdio: 'ignore'
    })
    return {
      send: (job: Job) => child.postMessage(job),
      onMessage(listener) {
        const handler = (reply: Reply) => listener(reply)
        child.on('message', handler)
        return () => void child.off('message', handler)
      },
      onExit(listener) {
        const handler = (code: number) => listener(code)
        child.on('exit', handler)
        return () => void child.off('exit', handler)
      },
      kill: () => void child.kill(),
      // Electron quits on its own terms (before-quit closes the reader).
      keepAlive: () => undefined
    }
  }
}
