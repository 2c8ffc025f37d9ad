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

  it('lets an export go anywhere else, including beside the conference', () => {
    for (const target of [
      join(root, 'usb', 'dai-bieu.csv'),
      join(root, 'usb', 'hoi-nghi-ha-tinh.hoinghi.json.csv'),
      join(dataDir, 'print', 'dai-bieu.pdf'),
      join(dataDir, 'conferences-cu', 'x.json'),
      join(dataDir, '..data', 'x.json')
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
