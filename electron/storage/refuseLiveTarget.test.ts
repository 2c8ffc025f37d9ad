import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refuseLiveTarget } from './refuseLiveTarget'

let root: string
let dataDir: string
let conference: string

beforeAll(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'hoinghi-live-'))
  dataDir = join(root, 'data')
  await fs.mkdir(join(dataDir, 'conferences'), { recursive: true })
  conference = join(root, 'usb', 'hoi-nghi-ha-tinh.hoinghi.json')
  await fs.mkdir(join(root, 'usb'), { recursive: true })
  await fs.writeFile(conference, '{}')
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const refused = (target: string, options: Parameters<typeof refuseLiveTarget>[1]) => {
  try {
    refuseLiveTarget(target, options)
    return null
  } catch (error) {
    return error
  }
}

describe('refuseLiveTarget', () => {
  it('refuses the conference itself, its .bak and its lock, by any spelling of the path', () => {
    for (const target of [
      conference,
      join(root, 'usb', '..', 'usb', 'hoi-nghi-ha-tinh.hoinghi.json'),
      `${conference}.bak`,
      `${conference}.lock`
    ]) {
      expect(refused(target, { protect: [conference] })).toMatchObject({
        code: 'forbidden',
        file: expect.stringMatching(/^hoi-nghi-ha-tinh\.hoinghi\.json/),
        message: expect.stringContaining('không ghi đè')
      })
    }
  })

  it('refuses a link that leads to the conference', async () => {
    const link = join(root, 'usb', 'loi-tat.json')
    await fs.symlink(conference, link)
    expect(refused(link, { protect: [conference] })).toMatchObject({ code: 'forbidden' })
    const hard = join(root, 'usb', 'lien-ket-cung.json')
    await fs.link(conference, hard)
    expect(refused(hard, { protect: [conference] })).toMatchObject({ code: 'forbidden' })
  })

  it('refuses anything in the data folder’s conferences, snapshots, quarantine and trash, and the settings', () => {
    for (const target of [
      join(dataDir, 'conferences', 'a1b2c3d4e5f60718.hoinghi.json'),
      join(dataDir, 'conferences', 'moi.csv'),
      join(dataDir, 'snapshots', 'a1b2c3d4e5f60718', '2024-01-01T00-00-00-000Z__open.hoinghi.json'),
      join(dataDir, 'quarantine', 'x.json'),
      join(dataDir, 'trash', 'x.json'),
      join(dataDir, 'settings.json')
    ]) {
      expect(refused(target, { dataDir, protect: [] }), target).toMatchObject({ code: 'forbidden' })
    }
  })

  it('refuses the data folder itself and anything else in it but print/ (issue 12, item 14)', () => {
    for (const target of [
      dataDir,
      join(dataDir, 'agenda.pdf'),
      join(dataDir, 'conferences-cu', 'x.json'),
      join(dataDir, '..data', 'x.json'),
      join(dataDir, 'conferences', '..', 'venues', '01-hoi-truong.pdf')
    ]) {
      expect(refused(target, { dataDir, protect: [] }), target).toMatchObject({ code: 'forbidden' })
    }
  })

  it('refuses a link to any conference file, by the name it leads to or by its content (item 2)', async () => {
    const other = join(root, 'o-chung', 'khac.hoinghi.json')
    await fs.mkdir(join(root, 'o-chung'), { recursive: true })
    await fs.writeFile(other, '{"format":"hoinghi.conference","schemaVersion":4}')
    const named = join(root, 'usb', 'agenda.pdf')
    await fs.symlink(other, named)
    expect(refused(named, { protect: [], noConferenceFiles: true })).toMatchObject({ code: 'forbidden' })
    // A hard link has no other name to look at: its content says what it is.
    const renamedCopy = join(root, 'o-chung', 'ban-sao.json')
    await fs.writeFile(renamedCopy, '{"format":"hoinghi.conference","schemaVersion":4}')
    const hard = join(root, 'usb', 'delegates.pdf')
    await fs.link(renamedCopy, hard)
    expect(refused(hard, { protect: [], noConferenceFiles: true })).toMatchObject({ code: 'forbidden' })
    // A hard link to a quarantined (broken, unrecognisable) file in the data folder: by device and inode.
    await fs.mkdir(join(dataDir, 'quarantine'), { recursive: true })
    const broken = join(dataDir, 'quarantine', '2024-01-01__hong.hoinghi.json')
    await fs.writeFile(broken, 'not json')
    const toBroken = join(root, 'usb', 'venues.pdf')
    await fs.link(broken, toBroken)
    expect(refused(toBroken, { dataDir, protect: [], noConferenceFiles: true })).toMatchObject({
      code: 'forbidden'
    })
    // A link to the data folder itself.
    const toData = join(root, 'usb', 'in')
    await fs.symlink(dataDir, toData)
    expect(refused(join(toData, 'agenda.pdf'), { dataDir, protect: [] })).toMatchObject({ code: 'forbidden' })
  })

  it('lets an export go anywhere else, including beside the conference', () => {
    for (const target of [
      join(root, 'usb', 'dai-bieu.csv'),
      join(root, 'usb', 'hoi-nghi-ha-tinh.hoinghi.json.csv'),
      join(dataDir, 'print', 'dai-bieu.pdf'),
      join(root, 'data-cu', 'x.json'),
      join(root, 'data..', 'x.json')
    ]) {
      expect(refused(target, { dataDir, protect: [conference] }), target).toBeNull()
    }
  })

  it('for exports and PDFs, refuses every conference file, its .bak and its lock, wherever they are', () => {
    for (const name of ['hoi-nghi-khac.hoinghi.json', 'cu.hoinghi.json.bak', 'chung.HOINGHI.json.lock']) {
      const target = join(root, 'o-chung', name)
      expect(
        refused(target, { dataDir, protect: [conference], noConferenceFiles: true }),
        target
      ).toMatchObject({
        code: 'forbidden'
      })
      // Save a copy of a conference may still write one there; only exports opt in.
      if (!name.endsWith('.lock') && name === name.toLowerCase())
        expect(refused(target, { dataDir, protect: [conference] }), target).toBeNull()
    }
    expect(
      refused(join(root, 'usb', 'hoi-nghi-ha-tinh.hoinghi.json.csv'), {
        dataDir,
        protect: [conference],
        noConferenceFiles: true
      })
    ).toBeNull()
  })

  it('sees through Windows spellings of a protected file, with Windows rules on any system (item 15)', () => {
    // What realpath.native answers on Windows: short (8.3) names expanded, the folder's real case.
    const real = new Map([
      ['c:\\data\\hoi-ng~1.jso', 'C:\\Data\\hoi-nghi.hoinghi.json'],
      ['c:\\data\\hoi-nghi.hoinghi.json', 'C:\\Data\\hoi-nghi.hoinghi.json'],
      ['c:\\data', 'C:\\Data'],
      ['c:\\users\\lan\\appdata\\roaming\\hoinghi', 'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi'],
      [
        'c:\\users\\lan\\appdata\\roaming\\hoinghi\\conferences',
        'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi\\conferences'
      ],
      [
        'c:\\users\\lan\\appdata\\roaming\\hoinghi\\conferences\\a1b2c3.hoinghi.json',
        'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi\\conferences\\a1b2c3.hoinghi.json'
      ],
      [
        'c:\\users\\lan\\appdata\\roaming\\hoinghi\\conferences\\a1b2c3~1.jso',
        'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi\\conferences\\a1b2c3.hoinghi.json'
      ],
      ['d:\\xuat', 'D:\\Xuat'],
      ['d:\\xuat\\bao-cao.pdf', 'C:\\Data\\hoi-nghi.hoinghi.json'] // a symbolic link
    ])
    const realpath = (file: string): string => {
      const found = real.get(file.toLowerCase())
      if (found === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return found
    }
    const options = {
      platform: 'win32' as const,
      realpath,
      dataDir: 'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi',
      protect: ['C:\\Data\\hoi-nghi.hoinghi.json'],
      noConferenceFiles: true
    }
    for (const target of [
      'C:\\Data\\hoi-nghi.hoinghi.json.',
      'C:\\Data\\hoi-nghi.hoinghi.json ',
      'C:\\Data\\hoi-nghi.hoinghi.json. .',
      'C:\\Data\\hoi-nghi.hoinghi.json::$DATA',
      'C:\\Data\\HOI-NG~1.JSO',
      '\\\\?\\C:\\Data\\hoi-nghi.hoinghi.json',
      '\\\\.\\C:\\Data\\hoi-nghi.hoinghi.json',
      '\\\\localhost\\C$\\Data\\hoi-nghi.hoinghi.json',
      '\\\\127.0.0.1\\c$\\data\\HOI-NGHI.HOINGHI.JSON',
      'C:/Data/./x/../hoi-nghi.hoinghi.json',
      'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi\\conferences\\A1B2C3~1.JSO',
      'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi.\\conferences\\moi.pdf',
      '\\\\?\\C:\\Users\\Lan\\AppData\\Roaming\\hoinghi',
      'D:\\Xuat\\bao-cao.pdf'
    ]) {
      expect(refused(target, options), target).toMatchObject({ code: 'forbidden' })
      // Not by the name alone: the same spelling is refused as a protected file without the name rule.
      if (!/hoinghi\.json/i.test(target))
        expect(refused(target, { ...options, noConferenceFiles: false }), target).toMatchObject({
          code: 'forbidden'
        })
    }
    for (const target of [
      'C:\\Data\\dai-bieu.csv',
      'D:\\Xuat\\agenda.pdf',
      '\\\\may-chu\\C$\\Data\\hoi-nghi.pdf',
      'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi\\print\\agenda.pdf'
    ]) {
      expect(refused(target, options), target).toBeNull()
    }
  })

  it('compares case-insensitively on Windows, and only there', () => {
    const options = {
      dataDir: 'C:\\Users\\Lan\\AppData\\Roaming\\hoinghi',
      protect: ['D:\\HN\\Hội nghị.json']
    }
    expect(refused('d:\\hn\\HỘI NGHỊ.JSON', { ...options, platform: 'win32' })).toMatchObject({
      code: 'forbidden'
    })
    expect(
      refused('c:\\users\\lan\\appdata\\roaming\\HOINGHI\\Conferences\\x.hoinghi.json', {
        ...options,
        platform: 'win32'
      })
    ).toMatchObject({ code: 'forbidden' })
    expect(refused('D:\\HN\\dai-bieu.csv', { ...options, platform: 'win32' })).toBeNull()
    expect(refused(conference.toUpperCase(), { protect: [conference], platform: 'linux' })).toBeNull()
  })
})
