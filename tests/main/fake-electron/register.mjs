// Test-only: makes `import … from 'electron'` load the recording fake beside this file, so the
// built main process (out/main/index.js) can run in plain Node where no Electron binary exists.
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      const fake = ${JSON.stringify(new URL('./electron.mjs', import.meta.url).href)}
      export async function resolve(specifier, context, next) {
        if (specifier === 'electron') return { url: fake, shortCircuit: true }
        return next(specifier, context)
      }
    `)
)
