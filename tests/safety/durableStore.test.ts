import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConferenceStore } from '../../electron/storage/conferenceStore'
import { durableWrite } from '../../electron/storage/durableWrite'
import { readConferenceFile } from '../../electron/storage/readConferenceFile'
import { newDelegate } from '../../shared/model/defaults'
import { tempDir } from './support/testContext'

const names = [
  'Võ Trọng Hải',
  'Nguyễn Xuân Thắng',
  'Bùi Hồng Thanh',
  'Phạm Thanh Phương',
  'Ngô Nam Cường',
  'Đỗ Xuân Thanh',
  'Phan Quang Nghĩa'
]

afterEach(() => vi.restoreAllMocks())

async function storeWithConference() {
  const store = new ConferenceStore(await tempDir('hoinghi-store-'))
  await store.ensureFolders()
  const file = store.paths.conferenceFile('tongket2023')
  const doc = await store.create(
    file,
    { title: 'Hội nghị tổng kết công tác quốc phòng năm 2023' },
    'tongket2023'
  )
  return { store, file, doc }
}

describe('durableWrite', () => {
  it('retries a rename the OS refuses for a while (antivirus holding the file), then succeeds', async () => {
    const dir = await tempDir('hoinghi-dw-')
    const file = join(dir, 'a.json')
    const realRename = fs.rename.bind(fs)
    let refusals = 0
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (refusals < 6) {
        refusals += 1
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' })
      }
      return realRename(from, to)
    })
    await durableWrite(file, '{"ok":true}')
    expect(refusals).toBe(6)
    expect(await fs.readFile(file, 'utf8')).toBe('{"ok":true}')
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('gives up after the retry window, leaving the old file and no temp file', async () => {
    const dir = await tempDir('hoinghi-dw-')
    const file = join(dir, 'a.json')
    await fs.writeFile(file, 'cũ')
    vi.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('EPERM'), { code: 'EPERM' }))
    await expect(durableWrite(file, 'mới', { retryForMs: 150 })).rejects.toThrow('EPERM')
    expect(await fs.readFile(file, 'utf8')).toBe('cũ')
    expect(await fs.readdir(dir)).toEqual(['a.json'])
  })

  it('fsyncs the temp file before the rename', async () => {
    const dir = await tempDir('hoinghi-dw-')
    const order: string[] = []
    const realOpen = fs.open.bind(fs)
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args)
      const sync = handle.sync.bind(handle)
      handle.sync = async () => {
        order.push(`sync ${String(args[0]).endsWith('.tmp') ? 'temp' : 'folder'}`)
        return sync()
      }
      return handle
    })
    const realRename = fs.rename.bind(fs)
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      order.push('rename')
      return realRename(from, to)
    })
    await durableWrite(join(dir, 'a.json'), 'x')
    expect(order).toEqual(
      process.platform === 'win32' ? ['sync temp', 'rename'] : ['sync temp', 'rename', 'sync folder']
    )
  })
})

describe('ConferenceStore saves', () => {
  it('runs concurrent saves of one file one after the other, in order, each fully on disk', async () => {
    const { store, file, doc } = await storeWithConference()
    const saves = names.map((_name, index) =>
      store.save(file, {
        ...doc,
        delegates: names.slice(0, index + 1).map((name, n) => newDelegate(`d${n}`, { name }))
      })
    )
    const results = await Promise.all(saves)
    expect(results.map((result) => result.doc.delegates.length)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect((await readConferenceFile(file))?.doc.delegates.map((delegate) => delegate.name)).toEqual(names)
    // The .bak is the save before the last.
    expect((await readConferenceFile(`${file}.bak`))?.doc.delegates).toHaveLength(6)
  })

  it('flushAll waits for every save in flight', async () => {
    const { store, file, doc } = await storeWithConference()
    for (let n = 1; n <= 20; n++) {
      void store.save(file, {
        ...doc,
        delegates: Array.from({ length: n }, (_, i) =>
          newDelegate(`d${i}`, { name: names[i % names.length] })
        )
      })
    }
    await store.flushAll()
    expect((await readConferenceFile(file))?.doc.delegates).toHaveLength(20)
  })

  it('never lets a file broken behind its back become the .bak', async () => {
    const { store, file, doc } = await storeWithConference()
    await store.save(file, { ...doc, delegates: [newDelegate('d1', { name: 'Võ Trọng Hải' })] })
    const goodBak = await fs.readFile(`${file}.bak`)
    const broken = '{"format":"hoinghi.conference", trunc'
    await fs.writeFile(file, broken)
    // Changed behind the store's back: the save is refused, the file left for recovery to look at.
    await expect(
      store.save(file, { ...doc, delegates: [newDelegate('d2', { name: 'Ngô Nam Cường' })] })
    ).rejects.toMatchObject({ code: 'locked' })
    expect(await fs.readFile(file, 'utf8')).toBe(broken)
    expect((await fs.readFile(`${file}.bak`)).equals(goodBak)).toBe(true)
  })

  it('refuses an invalid document without touching the file', async () => {
    const { store, file, doc } = await storeWithConference()
    const before = await fs.readFile(file)
    const invalid = {
      ...doc,
      delegates: [{ ...newDelegate('d1', { name: 'Võ Trọng Hải' }), role: 'king' }]
    } as unknown as typeof doc
    await expect(store.save(file, invalid)).rejects.toMatchObject({ code: 'invalid-input' })
    expect((await fs.readFile(file)).equals(before)).toBe(true)
    // and the store keeps serving the document that is on disk
    expect((await store.openFile(file)).db.data.delegates).toEqual([])
  })
})
