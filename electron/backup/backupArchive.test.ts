import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../cli/runCli'
import { createCliHarness, type CliHarness } from '../../tests/support/cliHarness'
import { generateConference } from '../../tests/support/generateConference'
import { readZip, writeZip } from './zipArchive'
import { openBackup, restoreBackup, writeBackup } from './backupArchive'

const NOW = new Date('2026-12-02T09:30:00.000Z')
let harness: CliHarness | null = null

afterEach(async () => {
  await harness?.cleanup()
  harness = null
})

/** A data folder with three conferences (every Vietnamese mark in their names) and a snapshot. */
async function seedDataFolder(dataDir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  await fs.mkdir(join(dataDir, 'conferences'), { recursive: true })
  const titles = [
    'Hội nghị tổng kết công tác phối hợp năm 2023 — Bộ CHQS tỉnh Hà Tĩnh',
    'Sơ kết 6 tháng đầu năm 2024: Công an tỉnh Nghệ An, Bộ đội Biên phòng',
    'Giao ban Quý III năm 2024 — Đồn Biên phòng Cửa khẩu Cầu Treo'
  ]
  for (const [index, title] of titles.entries()) {
    const doc = generateConference(12 + index, 3, 100 + index)
    const id = `hn${index + 1}abcdef`
    const withTitle = {
      ...doc,
      id,
      conference: { ...doc.conference, title },
      updatedAt: `2024-0${index + 1}-15T08:00:00.000Z`
    }
    const bytes = Buffer.from(JSON.stringify(withTitle, null, 2), 'utf8')
    await fs.writeFile(join(dataDir, 'conferences', `${id}.hoinghi.json`), bytes)
    files.set(`conferences/${id}.hoinghi.json`, bytes)
  }
  const snapDir = join(dataDir, 'snapshots', 'hn1abcdef')
  await fs.mkdir(snapDir, { recursive: true })
  const first = files.get('conferences/hn1abcdef.hoinghi.json') ?? Buffer.alloc(0)
  await fs.writeFile(join(snapDir, '2024-01-15T08-00-00-000Z__open.hoinghi.json'), first)
  return files
}

describe('backup and restore', () => {
  it('backup → wipe the data folder → restore gives byte-identical conference files', async () => {
    harness = await createCliHarness('hoinghi-backup')
    const original = await seedDataFolder(harness.dataDir)
    const zipPath = join(harness.dir, 'sao-lưu.zip')
    const summary = await writeBackup(harness.dataDir, zipPath, {
      includeSnapshots: true,
      appVersion: '0.1.0',
      now: NOW
    })
    expect(summary).toMatchObject({ conferences: 3, snapshots: 1 })

    await fs.rm(harness.dataDir, { recursive: true, force: true })
    await fs.mkdir(harness.dataDir)
    const report = await restoreBackup(harness.dataDir, await fs.readFile(zipPath), 'sao-lưu.zip', {
      now: () => NOW
    })
    expect(report.restored).toHaveLength(3)
    expect(report.snapshotsAdded).toBe(1)
    for (const [path, bytes] of original) {
      const restored = await fs.readFile(join(harness.dataDir, ...path.split('/')))
      expect(restored.equals(bytes), path).toBe(true)
    }
    const snapshot = await fs.readFile(
      join(harness.dataDir, 'snapshots/hn1abcdef/2024-01-15T08-00-00-000Z__open.hoinghi.json')
    )
    expect(snapshot.equals(original.get('conferences/hn1abcdef.hoinghi.json') ?? Buffer.alloc(0))).toBe(true)
  })

  it('a damaged backup restores nothing and names the bad file', async () => {
    harness = await createCliHarness('hoinghi-backup-bad')
    await seedDataFolder(harness.dataDir)
    const zipPath = join(harness.dir, 'backup.zip')
    await writeBackup(harness.dataDir, zipPath, { includeSnapshots: false, appVersion: '0.1.0', now: NOW })
    // Rewrite one conference with different bytes but a consistent CRC: only the manifest's SHA-256 can tell.
    const entries = readZip(await fs.readFile(zipPath), 'backup.zip')
    const tampered = entries.map((entry) =>
      entry.name === 'conferences/hn2abcdef.hoinghi.json'
        ? { name: entry.name, data: Buffer.from(entry.data.toString('utf8').replace('Nghệ An', 'Nghệ Am')) }
        : entry
    )
    const damaged = writeZip(tampered, NOW)
    const target = await fs.mkdtemp(join(harness.dir, 'empty-'))
    await expect(restoreBackup(target, damaged, 'backup.zip')).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'backup.zip › conferences/hn2abcdef.hoinghi.json',
      message: expect.stringContaining('SHA-256')
    })
    // Checked before anything is written: the other two, valid conferences were not restored either.
    expect(await fs.readdir(target)).toEqual([])

    // A byte flipped inside the compressed data: the CRC names the file.
    const raw = await fs.readFile(zipPath)
    const at = raw.indexOf(Buffer.from('conferences/hn3abcdef.hoinghi.json')) + 60
    raw[at] = (raw[at] ?? 0) ^ 0xff
    expect(thrown(() => openBackup(raw, 'backup.zip'))).toMatchObject({
      file: 'backup.zip › conferences/hn3abcdef.hoinghi.json'
    })

    // Cut short: the end of the archive is missing.
    const cut = (await fs.readFile(zipPath)).subarray(0, 400)
    expect(() => openBackup(cut, 'backup.zip')).toThrow(/cắt cụt/)
  })

  it('never overwrites a newer conference unless asked, and replaces an older one after a snapshot', async () => {
    harness = await createCliHarness('hoinghi-backup-newer')
    const original = await seedDataFolder(harness.dataDir)
    const zip = await createZip(harness)
    const newerPath = join(harness.dataDir, 'conferences/hn1abcdef.hoinghi.json')
    const newer = JSON.parse((original.get('conferences/hn1abcdef.hoinghi.json') ?? '').toString()) as {
      updatedAt: string
    }
    newer.updatedAt = '2025-06-01T08:00:00.000Z'
    await fs.writeFile(newerPath, JSON.stringify(newer))
    const olderPath = join(harness.dataDir, 'conferences/hn2abcdef.hoinghi.json')
    const older = JSON.parse((original.get('conferences/hn2abcdef.hoinghi.json') ?? '').toString()) as {
      updatedAt: string
    }
    older.updatedAt = '2020-01-01T08:00:00.000Z'
    await fs.writeFile(olderPath, JSON.stringify(older))

    const report = await restoreBackup(harness.dataDir, zip, 'b.zip', { now: () => NOW })
    expect(report.plan.map((item) => [item.path, item.action])).toEqual([
      ['conferences/hn1abcdef.hoinghi.json', 'keep-newer'],
      ['conferences/hn2abcdef.hoinghi.json', 'replace-older'],
      ['conferences/hn3abcdef.hoinghi.json', 'same']
    ])
    expect(JSON.parse(await fs.readFile(newerPath, 'utf8'))).toMatchObject({
      updatedAt: '2025-06-01T08:00:00.000Z'
    })
    expect(
      (await fs.readFile(olderPath)).equals(
        original.get('conferences/hn2abcdef.hoinghi.json') ?? Buffer.alloc(0)
      )
    ).toBe(true)
    const snaps = await fs.readdir(join(harness.dataDir, 'snapshots/hn2abcdef'))
    expect(snaps.some((name) => name.endsWith('__restore.hoinghi.json'))).toBe(true)

    await restoreBackup(harness.dataDir, zip, 'b.zip', { overwrite: ['conferences/hn1abcdef.hoinghi.json'] })
    expect(
      (await fs.readFile(newerPath)).equals(
        original.get('conferences/hn1abcdef.hoinghi.json') ?? Buffer.alloc(0)
      )
    ).toBe(true)
  })

  it('CLI: hoinghi backup --out, hoinghi restore --dry-run writes nothing, bad usage exits 2', async () => {
    harness = await createCliHarness('hoinghi-backup-cli')
    const original = await seedDataFolder(harness.dataDir)
    expect(await runCli(['backup', '--out', 'sao-luu.zip'], harness.io)).toBe(0)
    expect(harness.out.at(-1)).toMatch(/sao-luu\.zip: 3 hội nghị/)
    await fs.rm(join(harness.dataDir, 'conferences'), { recursive: true })
    expect(await runCli(['restore', 'sao-luu.zip', '--dry-run'], harness.io)).toBe(0)
    expect(harness.out.at(-1)).toMatch(/sẽ khôi phục 3 hội nghị/)
    await expect(fs.readdir(join(harness.dataDir, 'conferences'))).rejects.toThrow()
    expect(await runCli(['restore', 'sao-luu.zip'], harness.io)).toBe(0)
    expect(harness.out.at(-1)).toMatch(/đã khôi phục 3 hội nghị/)
    for (const [path, bytes] of original)
      expect((await fs.readFile(join(harness.dataDir, ...path.split('/')))).equals(bytes)).toBe(true)
    expect(await runCli(['backup'], harness.io)).toBe(2)
    expect(await runCli(['restore'], harness.io)).toBe(2)
    await fs.writeFile(join(harness.dir, 'khong-phai.zip'), 'không phải zip')
    expect(await runCli(['restore', 'khong-phai.zip'], harness.io)).toBe(1)
    expect(harness.err.at(-1)).toMatch(/khong-phai\.zip/)
    // Never into the data folder itself.
    expect(await runCli(['backup', '--out', join(harness.dataDir, 'x.zip')], harness.io)).toBe(1)
  })
})

async function createZip(h: CliHarness): Promise<Buffer> {
  const path = join(h.dir, 'b.zip')
  await writeBackup(h.dataDir, path, { includeSnapshots: false, appVersion: '0.1.0', now: NOW })
  return fs.readFile(path)
}

function thrown(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  throw new Error('nothing was thrown')
}
