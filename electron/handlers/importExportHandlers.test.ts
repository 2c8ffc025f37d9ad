import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileFilter } from '../api/handlerContext'
import { createTestApp, tempDir } from '../../tests/safety/support/testContext'
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

  it('refuses a dialog answer that is the live conference file, a snapshot or the settings', async () => {
    let answer: string | null = null
    const app = await appWithSaveDialog(() => answer)
    const { key } = await ok<{ key: string }>(app.dispatch, 'conferences:create', {
      title: 'Hội nghị tổng kết công tác QP-AN năm 2023'
    })
    const live = app.ctx.store.paths.conferenceFile(key)
    const before = await fs.readFile(live)
    for (const target of [
      live,
      join(app.dataDir, 'conferences', 'khac.csv'),
      join(app.dataDir, 'snapshots', 'x', 'y.json'),
      join(app.dataDir, 'settings.json')
    ]) {
      answer = target
      expect(await app.dispatch('export:write', { key, kind: 'delegates', format: 'json' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('không ghi đè') }
      })
    }
    expect(await fs.readFile(live)).toEqual(before)
    await expect(fs.access(join(app.dataDir, 'conferences', 'khac.csv'))).rejects.toThrow()
  })

  it('writes the path the dialog returned; adds the extension only when that overwrites nothing', async () => {
    const folder = await tempDir('hoinghi-export-')
    let answer = join(folder, 'danh-sach')
    const app = await appWithSaveDialog(() => answer)
    const { key } = await ok<{ key: string }>(app.dispatch, 'conferences:create', {
      title: 'Hội nghị giao ban Quý III năm 2024'
    })
    expect(await ok(app.dispatch, 'export:write', { key, kind: 'venues', format: 'csv' })).toEqual({
      fileName: 'danh-sach.csv',
      rows: 0
    })
    // "danh-sach.csv" now exists and nobody was asked about overwriting it.
    await fs.writeFile(join(folder, 'danh-sach.csv'), 'của chị Lan')
    expect(await app.dispatch('export:write', { key, kind: 'venues', format: 'csv' })).toMatchObject({
      ok: false,
      error: { file: 'danh-sach.csv', message: expect.stringContaining('đã có tệp danh-sach.csv') }
    })
    expect(await fs.readFile(join(folder, 'danh-sach.csv'), 'utf8')).toBe('của chị Lan')
    // Picked in the dialog (which asked before overwriting): written as returned.
    answer = join(folder, 'danh-sach.csv')
    expect(await ok(app.dispatch, 'export:write', { key, kind: 'venues', format: 'csv' })).toMatchObject({
      fileName: 'danh-sach.csv'
    })
    expect(await fs.readFile(join(folder, 'danh-sach.csv'), 'utf8')).not.toBe('của chị Lan')
    expect(app.offered.every((options) => options.defaultName.endsWith('.csv'))).toBe(true)
  })
})

describe('import:preview', () => {
  it('reads a picked file once while the clerk adjusts the mapping, and again once it changed', async () => {
    const app = await createTestApp()
    const file = join(await tempDir('hoinghi-preview-'), 'dai-bieu.csv')
    await fs.writeFile(file, 'Họ và tên,Đơn vị\nNguyễn Thị Thu Hà,Công an tỉnh Hà Tĩnh\n')
    app.answers.openFile = file
    const reads: string[] = []
    const tables = app.ctx.tables
    app.ctx.tables = { ...tables, read: (path, options) => (reads.push(path), tables.read(path, options)) }
    const picked = await ok<{ token: string }>(app.dispatch, 'import:pickFile', { kind: 'delegates' })
    const preview = (input: object) =>
      ok<{ records: { name: string }[] }>(app.dispatch, 'import:preview', {
        token: picked.token,
        kind: 'delegates',
        ...input
      })
    expect((await preview({})).records.map((record) => record.name)).toEqual(['Nguyễn Thị Thu Hà'])
    await preview({ headerRow: 1 })
    await preview({ headerRow: 1, mapping: { '0': 'name', '1': '' } })
    expect(reads).toHaveLength(1)
    await preview({ encoding: 'utf-8' })
    expect(reads).toHaveLength(2)
    await fs.writeFile(file, 'Họ và tên,Đơn vị\nTrần Văn Phúc,Bộ CHQS tỉnh Hà Tĩnh,\n')
    expect((await preview({ encoding: 'utf-8' })).records.map((record) => record.name)).toEqual([
      'Trần Văn Phúc'
    ])
    expect(reads).toHaveLength(3)
    await tables.close()
  })
})
