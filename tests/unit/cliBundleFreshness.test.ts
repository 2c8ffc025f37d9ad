import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/**
 * bin/hoinghi.mjs runs the prebuilt bundle only while every source in its manifest is as it was
 * at build time; otherwise the sources through tsx. Checked on a copy of the bin in a folder laid
 * out like the repository, whose "bundle" and "sources" each say which one ran.
 */
const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')
let root = ''

async function which(): Promise<string> {
  const { stdout } = await run(process.execPath, [join(root, 'bin', 'hoinghi.mjs')], { cwd: root })
  return stdout.trim()
}

async function writeManifest(): Promise<void> {
  const files: Record<string, { size: number; mtimeMs: number }> = {}
  for (const path of ['electron/cli/main.ts', 'shared/model/conference.ts']) {
    const stat = await fs.stat(join(root, path))
    files[path] = { size: stat.size, mtimeMs: stat.mtimeMs }
  }
  await fs.writeFile(join(root, 'out/cli/manifest.json'), JSON.stringify({ entry: 'hoinghi.mjs', files }))
}

beforeEach(async () => {
  // Inside the repository, so tsx resolves from node_modules as it does for the real bin.
  root = await fs.mkdtemp(join(ROOT, '.tmp', 'bin-fresh-'))
  for (const folder of ['bin', 'out/cli', 'electron/cli', 'shared/model'])
    await fs.mkdir(join(root, folder), { recursive: true })
  await fs.copyFile(join(ROOT, 'bin/hoinghi.mjs'), join(root, 'bin/hoinghi.mjs'))
  await fs.writeFile(join(root, 'out/cli/hoinghi.mjs'), "console.log('bundle')\n")
  await fs.writeFile(join(root, 'electron/cli/main.ts'), "const ran: string = 'sources'\nconsole.log(ran)\n")
  await fs.writeFile(join(root, 'shared/model/conference.ts'), 'export const schemaVersion = 4\n')
  await writeManifest()
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('bin/hoinghi.mjs', () => {
  it('runs the bundle while its sources are unchanged', async () => {
    expect(await which()).toBe('bundle')
  })

  it('runs the sources once one of them is edited, touched or deleted', async () => {
    const source = join(root, 'shared/model/conference.ts')
    const { mtime } = await fs.stat(source)
    await fs.utimes(source, mtime, new Date(mtime.getTime() + 1000))
    expect(await which()).toBe('sources')
    // The same time again, but other content (a checkout can keep the time and change the size).
    await fs.writeFile(source, 'export const schemaVersion = 5 // đổi\n')
    await fs.utimes(source, mtime, mtime)
    expect(await which()).toBe('sources')
    await fs.rm(source)
    expect(await which()).toBe('sources')
  })

  it('runs the sources when the bundle has no manifest (built by an older script)', async () => {
    await fs.rm(join(root, 'out/cli/manifest.json'))
    expect(await which()).toBe('sources')
  })

  it('runs the bundle in an installed copy, which has no TypeScript sources', async () => {
    await fs.rm(join(root, 'electron'), { recursive: true })
    await fs.rm(join(root, 'shared'), { recursive: true })
    expect(await which()).toBe('bundle')
  })
})
