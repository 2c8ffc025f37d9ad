// Starts a TypeScript worker entry from the sources (tests only): the app runs the bundled
// out/main/*.js workers, but tests load the sources, which Node cannot run without tsx.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
