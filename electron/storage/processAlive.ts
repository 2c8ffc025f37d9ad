/**
 * Whether a process with this id still runs on this computer. EPERM means it exists but belongs to
 * another user: still alive, so its lock or temp file must be left alone.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
