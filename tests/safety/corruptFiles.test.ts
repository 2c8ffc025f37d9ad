import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createServices } from '../../electron/api/createServices'
import { runCli } from '../../electron/cli/runCli'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newDelegate } from '../../shared/model/defaults'
import { createTestApp, tempDir, unwrap, type TestApp } from './support/testContext'

type Corruption = {
  kind: string
  code: 'invalid-file' | 'newer-version'
  why: RegExp
  bytes: (good: string) => Buffer
}

/** Every way a conference file arrives broken: each must be set aside, never overwritten. */
const corruptions: Corruption[] = [
  { kind: 'empty', code: 'invalid-file', why: /rỗng/, bytes: () => Buffer.alloc(0) },
  {
    kind: 'truncated',
    code: 'invalid-file',
    why: /JSON/,
    bytes: (good) => Buffer.from(good.slice(0, Math.floor(good.length / 2)))
  },
  {
    kind: 'not JSON',
    code: 'invalid-file',
    why: /JSON/,
    bytes: () => Buffer.from('Họ và tên,Chức vụ\nVõ Trọng Hải,Chủ tịch UBND tỉnh\n')
  },
  {
    kind: 'schema failure',
    code: 'invalid-file',
    why: /delegates/,
    bytes: (good) => Buffer.from(JSON.stringify({ ...JSON.parse(good), delegates: [{ name: 42 }] }))
  },
  {
    kind: 'newer version',
    code: 'newer-version',
    why: /phiên bản HoiNghi mới hơn/,
    bytes: (good) => Buffer.from(JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 }))
  },
  // The list and the CLI read text and call it "not JSON"; loading says "binary". Either names the problem.
  {
    kind: 'binary',
    code: 'invalid-file',
    why: /nhị phân|JSON/,
    bytes: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0xff, 0xfe])
  }
]

async function makeConference(
  app: TestApp,
  title: string,
  names: string[]
): Promise<{ key: string; file: string; doc: ConferenceDocument }> {
  const { key } = unwrap(await app.dispatch('conferences:create', { title })) as { key: string }
  let doc = (unwrap(await app.dispatch('conferences:load', { key })) as { doc: ConferenceDocument }).doc
  for (const [index, name] of names.entries()) {
    doc = { ...doc, delegates: [...doc.delegates, newDelegate(`d${index}`, { name, rank: 'Đại tá' })] }
    unwrap(await app.dispatch('conferences:save', { key, doc }))
  }
  return { key, file: app.ctx.store.paths.conferenceFile(key), doc }
}

const names = ['Võ Trọng Hải', 'Nguyễn Xuân Thắng', 'Bùi Hồng Thanh', 'Phạm Thanh Phương']
let quarantinedTotal = 0

describe.each(corruptions)('a conference file that is $kind', (corruption) => {
  let app: TestApp
  beforeEach(async () => {
    app = await createTestApp()
  })

  it('fails to load with a typed error, is quarantined, offers a restore and loses nothing else', async () => {
    const broken = await makeConference(app, 'Hội nghị tổng kết công tác quốc phòng năm 2023', names)
    const other = await makeConference(app, 'Hội nghị sơ kết 6 tháng đầu năm 2024', ['Ngô Nam Cường'])
    const otherBytes = await fs.readFile(other.file)
    const good = await fs.readFile(broken.file, 'utf8')
    const bad = corruption.bytes(good)
    await fs.writeFile(broken.file, bad)
    app.ctx.store.forget(broken.file) // as after a restart: nothing cached

    // The list still shows both, the broken one with its problem.
    const list = unwrap(await app.dispatch('conferences:list', {})) as {
      key: string
      problem: string | null
    }[]
    expect(list.find((item) => item.key === other.key)?.problem).toBeNull()
    expect(list.find((item) => item.key === broken.key)?.problem).toMatch(corruption.why)

    const loaded = await app.dispatch('conferences:load', { key: broken.key })
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.error.code).toBe(corruption.code)
    expect(loaded.error.file).toBe(`${broken.key}.hoinghi.json`)
    expect(loaded.error.message).toMatch(corruption.why)
    expect(loaded.error.message).toMatch(/khôi phục/)
    expect(loaded.error.details?.some((line) => /quarantine/.test(line))).toBe(true)

    // Moved aside byte for byte; nothing wrote a default in its place.
    const quarantined = await fs.readdir(app.ctx.store.paths.quarantine)
    expect(quarantined).toHaveLength(1)
    expect((await fs.readFile(join(app.ctx.store.paths.quarantine, quarantined[0] ?? ''))).equals(bad)).toBe(
      true
    )
    await expect(fs.access(broken.file)).rejects.toThrow()
    quarantinedTotal += quarantined.length

    // A save to the missing file does not recreate it from whatever the renderer holds.
    const save = await app.dispatch('conferences:save', { key: broken.key, doc: broken.doc })
    expect(save.ok).toBe(false)
    await expect(fs.access(broken.file)).rejects.toThrow()

    // The other conference is untouched and still works.
    expect((await fs.readFile(other.file)).equals(otherBytes)).toBe(true)
    expect(unwrap(await app.dispatch('conferences:load', { key: other.key }))).toMatchObject({
      readOnly: false
    })

    // Candidates: the .bak (one save before the last) and the snapshots.
    const candidates = unwrap(await app.dispatch('recovery:listCandidates', { key: broken.key })) as {
      source: string
      id: string
      delegates: number
    }[]
    expect(
      candidates.some((candidate) => candidate.source === 'bak' && candidate.delegates === names.length - 1)
    ).toBe(true)
    expect(candidates.some((candidate) => candidate.source === 'snapshot')).toBe(true)

    unwrap(await app.dispatch('recovery:restore', { key: broken.key, source: 'bak', id: 'bak' }))
    const restored = unwrap(await app.dispatch('conferences:load', { key: broken.key })) as {
      doc: ConferenceDocument
    }
    expect(restored.doc.delegates.map((delegate) => delegate.name)).toEqual(names.slice(0, -1))
    // The clerk can go on editing and saving.
    unwrap(
      await app.dispatch('conferences:save', {
        key: broken.key,
        doc: { ...restored.doc, delegates: broken.doc.delegates }
      })
    )
    expect(JSON.parse(await fs.readFile(broken.file, 'utf8')).delegates).toHaveLength(names.length)
  })

  it('opened from a shared folder: copied to quarantine, the original left untouched', async () => {
    const shared = await tempDir('hoinghi-shared-')
    const source = await makeConference(app, 'Hội nghị giao ban Quân khu 4', names)
    const external = join(shared, 'giao-ban.hoinghi.json')
    await fs.copyFile(source.file, external)
    app.answers.openFile = external
    const { key } = unwrap(await app.dispatch('conferences:openExternal', {})) as { key: string }
    unwrap(await app.dispatch('conferences:load', { key }))
    unwrap(await app.dispatch('conferences:close', { key }))
    await app.ctx.store.flushAll()
    const bad = corruption.bytes(await fs.readFile(external, 'utf8'))
    await fs.writeFile(external, bad)

    const loaded = await app.dispatch('conferences:load', { key })
    expect(loaded.ok ? 'ok' : loaded.error.code).toBe(corruption.code)
    expect((await fs.readFile(external)).equals(bad)).toBe(true)
    const quarantined = await fs.readdir(app.ctx.store.paths.quarantine)
    expect(quarantined).toHaveLength(1)
    quarantinedTotal += 1
    // Its snapshots are found through the id the file (or its .bak) still names.
    const candidates = unwrap(await app.dispatch('recovery:listCandidates', { key })) as {
      source: string
      id: string
    }[]
    const snapshot = candidates.find((candidate) => candidate.source === 'snapshot')
    expect(snapshot).toBeDefined()
    unwrap(await app.dispatch('recovery:restore', { key, source: 'snapshot', id: snapshot?.id ?? '' }))
    const restored = unwrap(await app.dispatch('conferences:load', { key })) as { doc: ConferenceDocument }
    expect(restored.doc.delegates.map((delegate) => delegate.name)).toEqual(names)
  })

  it('hoinghi validate: exit 1, one line per problem, the file byte-identical afterwards', async () => {
    const dir = await tempDir('hoinghi-cli-')
    const file = join(dir, 'hoi-nghi.hoinghi.json')
    const cwdStore = await makeConference(app, 'Hội nghị tổng kết năm 2023', names)
    const bad = corruption.bytes(await fs.readFile(cwdStore.file, 'utf8'))
    await fs.writeFile(file, bad)
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['validate', file], {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      cwd: dir,
      env: {}
    })
    expect(code).toBe(1)
    expect(out).toEqual([])
    expect(err.length).toBeGreaterThanOrEqual(1)
    for (const line of err) {
      expect(line.split('\n')).toHaveLength(1)
      expect(line).toMatch(/^hoi-nghi\.hoinghi\.json: /)
    }
    expect(err.join('\n')).toMatch(corruption.why)
    expect((await fs.readFile(file)).equals(bad)).toBe(true)
    expect(await fs.readdir(dir)).toEqual(['hoi-nghi.hoinghi.json'])
  })
})

describe('a broken settings file', () => {
  it.each([
    ['empty', ''],
    ['not JSON', '{"language": "vi", '],
    ['wrong shape', JSON.stringify({ language: 'fr', windowBounds: null, externalFiles: {} })]
  ])(
    '(%s) is quarantined at start, the app runs on defaults, and conferences are untouched',
    async (_kind, text) => {
      const app = await createTestApp()
      const conference = await makeConference(app, 'Hội nghị tổng kết năm 2023', names)
      const conferenceBytes = await fs.readFile(conference.file)
      const settingsFile = join(app.dataDir, 'settings.json')
      await fs.writeFile(settingsFile, text)
      const services = await createServices(app.dataDir)
      expect(services.settingsProblem?.file).toBe(settingsFile)
      expect(services.settings.data.language).toBe('vi')
      const quarantinedTo = services.settingsProblem?.quarantinedTo ?? ''
      expect(await fs.readFile(quarantinedTo, 'utf8')).toBe(text)
      await expect(fs.access(settingsFile)).rejects.toThrow()
      expect((await fs.readFile(conference.file)).equals(conferenceBytes)).toBe(true)
      quarantinedTotal += 1
    }
  )

  it('reports the figure', () => {
    console.log(
      `corrupt-file tests: ${quarantinedTotal} files quarantined, every original kept byte for byte`
    )
    expect(quarantinedTotal).toBeGreaterThan(0)
  })
})
