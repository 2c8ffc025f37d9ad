import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { snapshotOwnerKey } from '../../electron/storage/snapshots'
import { ConferenceStore } from '../../electron/storage/conferenceStore'
import { comparablePath, windowsPathRules } from '../../electron/storage/pathRules'
import { runCli } from '../../electron/cli/runCli'
import { createCliHarness } from '../support/cliHarness'
import { tempDir } from './support/testContext'

/** Issue 12, item 5: a copy made in a file manager keeps the id, and must not share the history. */
describe('snapshots belong to the file they were taken from', () => {
  it('21 imports into a copy neither prune nor show the original’s snapshots', async () => {
    const harness = await createCliHarness('hoinghi-copies')
    const { dir, dataDir, io } = harness
    const store = new ConferenceStore(dataDir)
    await store.ensureFolders()
    const original = store.paths.conferenceFile('tongket2024')
    await store.create(original, { title: 'Hội nghị tổng kết công tác quốc phòng năm 2024' }, 'tongket2024')
    const ownKey = await store.snapshotKey(original, 'tongket2024')
    expect(ownKey).toBe('tongket2024') // the data folder's own file keeps the folder it always had
    await store.snapshots.take(ownKey, await fs.readFile(original), 'open')
    const originalHistory = await store.snapshots.list(ownKey)
    expect(originalHistory).toHaveLength(1)

    const copy = join(dir, 'ban-sao.hoinghi.json')
    await fs.copyFile(original, copy)
    for (let n = 0; n < 21; n++) {
      const input = join(dir, `dai-bieu-${n}.csv`)
      await fs.writeFile(input, `Họ và tên,Đơn vị\nNguyễn Văn Thắng ${n},Bộ CHQS tỉnh Hà Tĩnh\n`)
      expect(await runCli(['import', copy, input, '--kind', 'delegates'], io)).toBe(0)
    }
    const copyKey = await store.snapshotKey(copy, 'tongket2024')
    expect(copyKey).not.toBe(ownKey)
    const copyHistory = await store.snapshots.list(copyKey)
    expect(copyHistory.length).toBe(20) // its own last 20
    expect(copyHistory.every((entry) => entry.reason === 'import')).toBe(true)
    expect(await store.snapshots.list(ownKey)).toEqual(originalHistory)
    await harness.cleanup()
  }, 60_000)

  it('keeps the snapshots an outside file had under its bare id readable, without moving them', async () => {
    const dataDir = await tempDir('hoinghi-legacy-')
    const usb = await tempDir('hoinghi-usb-')
    const store = new ConferenceStore(dataDir)
    await store.ensureFolders()
    const file = join(usb, 'giao-ban.hoinghi.json')
    await store.create(file, { title: 'Giao ban quý III năm 2024' }, 'giaoban2024')
    // How the previous version filed them: by id alone.
    await store.snapshots.take('giaoban2024', await fs.readFile(file), 'open')
    const legacy = await store.snapshots.list('giaoban2024')
    const key = await store.snapshotKey(file, 'giaoban2024')
    expect((await store.snapshots.list(key)).map((entry) => entry.snapshotId)).toEqual(
      legacy.map((entry) => entry.snapshotId)
    )
    expect(await store.snapshots.list('giaoban2024')).toEqual(legacy)
  })

  it('gives one key to every Windows spelling of one file, whatever the case', () => {
    const realpath = (file: string): string => {
      if (/^c:\\hn\\hoi-ng~1\.jso$/i.test(file)) return 'C:\\HN\\hoi-nghi.hoinghi.json'
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
    }
    const rules = windowsPathRules(realpath)
    const keys = [
      'C:\\HN\\hoi-nghi.hoinghi.json',
      'c:\\hn\\HOI-NGHI.HOINGHI.JSON',
      'C:\\HN\\HOI-NG~1.JSO',
      '\\\\?\\C:\\HN\\hoi-nghi.hoinghi.json'
    ].map((spelling) => snapshotOwnerKey('hn2024', comparablePath(spelling, rules)))
    expect(new Set(keys).size).toBe(1)
    expect(snapshotOwnerKey('hn2024', comparablePath('D:\\HN\\hoi-nghi.hoinghi.json', rules))).not.toBe(
      keys[0]
    )
  })
})
