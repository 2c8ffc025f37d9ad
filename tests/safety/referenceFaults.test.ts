import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/runCli'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newDelegate, newVenue } from '../../shared/model/defaults'
import { createCliHarness } from '../support/cliHarness'
import { createTestApp, unwrap } from './support/testContext'

/** Issue 12, item 8: faults across records, reported by `validate` and handled by the app's loader. */
describe('structural faults', () => {
  it('hoinghi validate reports each one with its field and exits 1', async () => {
    const harness = await createCliHarness('hoinghi-refs')
    const { dir, io, err } = harness
    expect(await runCli(['new', 'hn.json', '--title', 'Hội nghị sơ kết 6 tháng đầu năm 2024'], io)).toBe(0)
    const doc = JSON.parse(await fs.readFile(join(dir, 'hn.json'), 'utf8')) as ConferenceDocument
    doc.venues = [
      newVenue('v1', { name: 'Hội trường Bộ CHQS tỉnh' }),
      newVenue('v1', { name: 'Điểm cầu Kỳ Anh' })
    ]
    doc.delegates = [
      newDelegate('d1', { name: 'Nguyễn Văn Hùng', venueId: 'v7' }),
      newDelegate('../d2', { name: 'Đặng Thị Ánh' })
    ]
    await fs.writeFile(join(dir, 'hn.json'), JSON.stringify(doc))
    expect(await runCli(['validate', 'hn.json'], io)).toBe(1)
    expect(err).toEqual([
      'hn.json: trường venues.1.id: mã điểm cầu "v1" trùng với venues.0',
      'hn.json: trường delegates.1.id: mã đại biểu "../d2" chứa "/", "\\" hoặc ".."',
      'hn.json: trường delegates.0.venueId: trỏ tới điểm cầu "v7" không có trong hội nghị',
      'hn.json: 3 lỗi liên kết (ứng dụng tự bỏ 1 liên kết hỏng khi mở)'
    ])
    await harness.cleanup()
  })

  it('the app drops a dangling reference with a note, and quarantines a file with duplicate ids', async () => {
    const app = await createTestApp()
    const { key } = unwrap(
      await app.dispatch('conferences:create', { title: 'Hội nghị giao ban quý IV' })
    ) as {
      key: string
    }
    const file = app.ctx.store.paths.conferenceFile(key)
    const doc = JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument
    doc.delegates = [newDelegate('d1', { name: 'Bùi Văn Thắng', venueId: 'khong-co' })]
    await fs.writeFile(file, JSON.stringify(doc))
    const loaded = unwrap(await app.dispatch('conferences:load', { key })) as {
      doc: ConferenceDocument
      repairs?: string[]
    }
    expect(loaded.doc.delegates[0]?.venueId).toBeNull()
    expect(loaded.repairs).toEqual([
      'delegates.0.venueId: bỏ liên kết tới điểm cầu "khong-co" không còn tồn tại'
    ])
    unwrap(await app.dispatch('conferences:close', { key }))

    doc.delegates = [
      newDelegate('d1', { name: 'Bùi Văn Thắng' }),
      newDelegate('d1', { name: 'Hoàng Thị Lan' })
    ]
    await fs.writeFile(file, JSON.stringify(doc))
    const refused = await app.dispatch('conferences:load', { key })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', field: 'delegates.1.id' }
    })
    // Set aside whole, never rewritten.
    const quarantined = await fs.readdir(app.ctx.store.paths.quarantine)
    expect(quarantined.length).toBe(1)
  })
})
