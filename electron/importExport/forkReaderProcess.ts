import { fork, type ForkOptions } from 'node:child_process'
import type { ReaderProcess } from './tableReader'
import type { TableJob, TableReply } from './tableWorker'

/** A reading process as a Node child (tests, the fake-Electron run, and anything outside Electron). */
export function forkReaderProcess(modulePath: string, execArgv: string[] = []) {
  return (maxHeapMb: number): ReaderProcess => {
    const options: ForkOptions = {
      execArgv: [...execArgv, `--max-old-space-size=${maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc']
    }
    const child = fork(modulePath, [], options)
    // A child that cannot start reports through 'exit'; the error event must not go unheard.
    child.on('error', () => undefined)
    return {
      send: (job: TableJob) => void child.send(job),
      onMessage(listener) {
        const handler = (reply: TableReply) => listener(reply)
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
