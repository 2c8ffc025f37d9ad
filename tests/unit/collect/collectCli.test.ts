import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { printable } from '../../../electron/cli/commands/collectCommand'
import { runCli } from '../../../electron/cli/runCli'
import type { ConferenceDocument } from '../../../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../../../shared/model/defaults'
import { createCliHarness, type CliHarness } from '../../support/cliHarness'

let harness: CliHarness
const file = () => join(harness.dir, 'hn.hoinghi.json')
const read = async () => JSON.parse(await fs.readFile(file(), 'utf8')) as ConferenceDocument
const csv = (name: string, lines: string[]) =>
  fs.writeFile(join(harness.dir, 'tra-ve', name), `${lines.join('\n')}\n`)

beforeEach(async () => {
  harness = await createCliHarness('hoinghi-collect-cli')
  const doc = newConferenceDocument(
    'hn',
    { title: 'Giao ban công tác QP-AN quý IV năm 2023' },
    new Date('2023-12-01T00:00:00Z')
  )
  await fs.writeFile(
    file(),
    JSON.stringify({
      ...doc,
      venues: [newVenue('v1', { name: 'Huyện Hương Khê' }), newVenue('v2', { name: 'Huyện Lộc Hà' })],
      delegates: [
        newDelegate('d1', { name: 'Nguyễn Văn Khải', venueId: 'v1' }),
        newDelegate('d2', { name: 'Trần Thị Lý', venueId: 'v2' })
      ]
    })
  )
  await fs.mkdir(join(harness.dir, 'tra-ve'))
})
afterEach(async () => {
  await harness.cleanup()
})

describe('hoinghi collect', () => {
  it('exits 1 for a file it cannot place or read, and changes nothing even with --apply', async () => {
    await csv('mau-01-Huyện Hương Khê.csv', [
      'Họ và tên,Đơn vị',
      'Nguyễn Văn Khải,Ban CHQS huyện',
      'Lê Thị Mỹ Hạnh,Công an huyện'
    ])
    await csv('danh sach.csv', ['Họ và tên,Đơn vị', 'Phạm Văn Đồng,UBND huyện'])
    await fs.writeFile(join(harness.dir, 'tra-ve', 'rong.xlsx'), '')
    const before = await fs.readFile(file(), 'utf8')
    expect(await runCli(['collect', 'hn.hoinghi.json', 'tra-ve'], harness.io)).toBe(1)
    expect(harness.out).toEqual([
      'Huyện Hương Khê: mau-01-Huyện Hương Khê.csv (nhận theo tên tệp) — mới 1, sửa 1, bỏ 0'
    ])
    expect(harness.err).toEqual([
      'rong.xlsx: không đọc được (tệp rỗng)',
      'danh sach.csv: không nhận ra điểm cầu; hãy chọn điểm cầu cho tệp này'
    ])
    expect(await runCli(['collect', 'hn.hoinghi.json', 'tra-ve', '--apply'], harness.io)).toBe(1)
    expect(await fs.readFile(file(), 'utf8')).toBe(before)
  })

  it('--partial applies the clean venues only; a row problem keeps its venue as it was', async () => {
    await csv('mau-01-Huyện Hương Khê.csv', [
      'Họ và tên,Vai trò',
      'Nguyễn Văn Khải,Chủ trì',
      'Lê Thị Mỹ Hạnh,Đại biểu'
    ])
    await csv('mau-02-Huyện Lộc Hà.csv', ['Họ và tên,Vai trò', 'Trần Thị Lý,Trưởng đoàn'])
    expect(await runCli(['collect', 'hn.hoinghi.json', 'tra-ve', '--apply'], harness.io)).toBe(1)
    expect(harness.err.at(-1)).toMatch(/không thay đổi gì vì còn tệp lỗi/)
    expect(harness.err).toContain(
      'mau-02-Huyện Lộc Hà.csv: dòng 2, cột “Vai trò”: vai trò không rõ: "Trưởng đoàn" (chủ trì, đồng chủ trì, khách mời, đại biểu, báo cáo viên, thư ký)'
    )
    expect((await read()).delegates).toHaveLength(2)
    expect(await runCli(['collect', 'hn.hoinghi.json', 'tra-ve', '--apply', '--partial'], harness.io)).toBe(1)
    const doc = await read()
    expect(
      doc.delegates.map((p) => [p.id === 'd1' ? 'd1' : p.id === 'd2' ? 'd2' : 'new', p.name, p.role])
    ).toEqual([
      ['d1', 'Nguyễn Văn Khải', 'chair'],
      ['new', 'Lê Thị Mỹ Hạnh', 'delegate'],
      ['d2', 'Trần Thị Lý', 'delegate']
    ])
    expect(doc.venues.map((venue) => venue.collection.replyFile)).toEqual(['mau-01-Huyện Hương Khê.csv', ''])
  })

  it('says how to use it when the arguments are wrong', async () => {
    expect(await runCli(['collect', 'hn.hoinghi.json'], harness.io)).toBe(2)
    expect(await runCli(['collect', 'hn.hoinghi.json', 'tra-ve', '--partial'], harness.io)).toBe(2)
    expect(await runCli(['templates', 'hn.hoinghi.json'], harness.io)).toBe(2)
    expect(
      await runCli(
        ['templates', 'hn.hoinghi.json', '--out', 'mau', '--venues', 'Huyện Nghi Xuân'],
        harness.io
      )
    ).toBe(1)
    expect(harness.err.at(-1)).toContain('không có điểm cầu “Huyện Nghi Xuân”')
  })

  it('writes only the venues asked for', async () => {
    expect(await runCli(['templates', 'hn.hoinghi.json', '--out', 'mau', '--venues', '2'], harness.io)).toBe(
      0
    )
    expect(await fs.readdir(join(harness.dir, 'mau'))).toEqual(['mau-02-Huyện Lộc Hà.xlsx'])
    expect((await read()).venues.map((venue) => venue.collection.templateAt !== '')).toEqual([false, true])
  })

  it('prints control characters from a file escaped', () => {
    expect(printable('Huyện\u001b[2J Hương\u202eKhê\r')).toBe('Huyện\\x1b[2J Hương\\u202eKhê\\x0d')
  })
})
