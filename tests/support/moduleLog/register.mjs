// Test-only: `node --import ./tests/support/moduleLog/register.mjs …` with MODULE_LOG=<file> appends
// the URL of every module the process resolves to that file, one per line, before the module
// loads. Tests read it to check what a command or the app's start-up loaded (see heavyModules.ts).
import { register } from 'node:module'

const log = process.env['MODULE_LOG']
if (log) {
  register(
    'data:text/javascript,' +
      encodeURIComponent(`
        import { appendFileSync } from 'node:fs'
        let log = ''
        export function initialize(data) { log = data.log }
        export async function resolve(specifier, context, next) {
          const resolved = await next(specifier, context)
          appendFileSync(log, resolved.url + '\\n')
          return resolved
        }
      `),
    { data: { log } }
  )
}
