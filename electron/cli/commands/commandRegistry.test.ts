import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commandLoaders } from './index'

describe('the command registry', () => {
  it.each(Object.entries(commandLoaders))('"%s" loads the command of that name', async (name, load) => {
    const command = await load()
    expect(command.name).toBe(name)
    expect(command.usage).toMatch(new RegExp(`^hoinghi ${name}\\b`))
  })

  // A static import here would load that command's module, and whatever it imports, for every command.
  it('imports no command module statically', () => {
    const source = readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8')
    const staticImports = source.match(/^import (?!type ).*$/gm) ?? []
    expect(staticImports).toEqual([])
  })
})
