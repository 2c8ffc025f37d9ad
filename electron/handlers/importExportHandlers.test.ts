import { describe, expect, it } from 'vitest'
import type { FileFilter } from '../api/handlerContext'
import { createTestApp } from '../../tests/safety/support/testContext'
import type { Dispatch } from '../api/dispatch'

async function ok<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as T
}

type SaveOptions = { title: string; defaultName: string; filters: FileFilter[] }

/** An app whose save dialog records what it was offered and answers `answer()`. */
async function appWithSaveDialog(answer: () => string | null = () => null) {
  const app = await createTestApp()
  const offered: SaveOptions[] = []
  app.ctx.dialogs = {
    ...app.ctx.dialogs,
    saveFile: async (options) => {
      offered.push(options)
      return answer()
    }
  }
  return { ...app, offered }
}

describe('export:write', () => {
  it('proposes a file name every system accepts, built from the title', async () => {
    const app = await appWithSaveDialog()
    const { key } = await ok<{ key: string }>(app.dispatch, 'conferences:create', {
      title: 'Hội nghị 6/2024: "Sơ kết" công tác QP-AN...'
    })
    expect(await ok(app.dispatch, 'export:write', { key, kind: 'delegates', format: 'csv' })).toBeNull()
    expect(app.offered[0]?.defaultName).toBe('dai-bieu-Hội nghị 6-2024- -Sơ kết- công tác QP-AN.csv')
  })
})
