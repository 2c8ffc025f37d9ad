import { Worker, type ResourceLimits } from 'node:worker_threads'

const BOOTSTRAP = new URL('./tsWorkerBootstrap.mjs', import.meta.url)

/** A spawn function for a worker entry in the TypeScript sources, with the limits asked for. */
export function spawnTsWorker(entry: URL): (resourceLimits: ResourceLimits) => Worker {
  return (resourceLimits) => new Worker(BOOTSTRAP, { workerData: { entry: entry.href }, resourceLimits })
}

/** The import-file reader's worker, as the app runs it, from the sources. */
export const TABLE_WORKER_ENTRY = new URL('../../electron/importExport/tableWorker.ts', import.meta.url)
