#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so it always matches the app's handlers.
import { register } from 'tsx/esm/api'

register()
await import('../electron/cli/main.ts')
