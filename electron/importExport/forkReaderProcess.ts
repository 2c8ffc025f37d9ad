import { fork, type ForkOptions } from 'node:child_process'
import type { ChildPort } from './tableReader'
import type { TableJob, TableReply } from './tableWorker'

/** A reading process as a Node child (tests, the fake-Electron run, and anything outside Electron). */
export function forkReaderProcess(modulePath: string, execArgv: string[] = []) {
  return forkChildProcess<TableJob, TableReply>(modulePath, execArgv)
}

/** Any job process (the table reader, the PDF renderer) as a Node child with its heap capped. */
export function forkChildProcess<Job, Reply>(modulePath: string, execArgv: string[] = []) {
  return (maxHeapMb: number): ChildPort<Job, Reply> => {
    const options: ForkOptions = {
      execArgv: [...execArgv, `--max-old-space-size=${maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc']
    }
    const child = fork(modulePath, [], options)
    // A child that cannot start reports through 'exit'; the error event must not go unheard.
    child.on('error', () => undefined)
    return {
      send: (job: Job) => void child.send(job as Parameters<typeof child.send>[0]),
      onMessage(listener) {
        const handler = (reply: Reply) => listener(reply)
        child.on('message', handler)
        return () => void child.off('message', handler)
      },
      onExit(listener) {
        const handler = (code: number | null) => listener(code)
        child.on('exit', handler)
        return () => void child.off('exit', handler)
      },
      kill: () => void child.kill('SIGKILL'),
      keepAlive(alive) {
        if (alive) child.ref()
        else child.unref()
        // The IPC channel holds the event loop too.
        const channel = (child as unknown as { channel?: { ref(): void; unref(): void } }).channel
        if (alive) channel?.ref()
        else channel?.unref()
      }
    }
  }
}
