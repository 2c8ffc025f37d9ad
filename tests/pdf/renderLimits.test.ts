import { fileURLToPath } from 'node:url'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { processPdfRenderer } from '../../electron/documents/renderInWorker'
import type { WorkerJob, WorkerReply } from '../../electron/documents/worker'
import { forkChildProcess } from '../../electron/importExport/forkReaderProcess'
import { newAward } from '../../shared/model/defaults'
import { buildHaTinhConference } from './conferenceFixtures'

const FONTS = join(resolve(__dirname, '../..'), 'resources/fonts')
/** The renderer as the app runs it, in a process of its own, from the TypeScript sources (tsx in the child). */
const spawn = forkChildProcess<WorkerJob, WorkerReply>(
  fileURLToPath(new URL('../../electron/documents/worker.ts', import.meta.url)),
  ['--import', 'tsx']
)
const options = { fontsDir: FONTS, lang: 'vi' as const }

const renderers: { close(): Promise<void> }[] = []
afterAll(async () => {
  await Promise.all(renderers.map((renderer) => renderer.close()))
})

function renderer(limits: { timeoutMs: number; maxHeapMb: number }) {
  const created = processPdfRenderer(spawn, limits)
  renderers.push(created)
  return created
}

/** Awards whose achievements make a long document: many pages of wrapped text. */
function heavyConference() {
  const doc = buildHaTinhConference()
  doc.awards = Array.from({ length: 3000 }, (_, index) =>
    newAward(`a${index}`, {
      form: 'Bằng khen',
      recipientType: 'individual',
      recipient: `Nguyễn Xuân Thắng ${index}`,
      achievement: 'Có thành tích xuất sắc trong phong trào thi đua quyết thắng năm 2023 '.repeat(40)
    })
  )
  return doc
}

describe('rendering in a process of its own, under a time and memory limit', () => {
  it('renders a document in its own process', async () => {
    const pdf = renderer({ timeoutMs: 60_000, maxHeapMb: 512 })
    const bytes = await pdf.render(buildHaTinhConference(), { kind: 'agenda' }, options)
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
  })

  it('stops a render that takes longer than the limit, with one message naming the document; the next works', async () => {
    const pdf = renderer({ timeoutMs: 300, maxHeapMb: 512 })
    await expect(pdf.render(heavyConference(), { kind: 'awards' }, options)).rejects.toMatchObject({
      message: expect.stringMatching(/^“Danh sách khen thưởng[^”]*”: tạo PDF quá 0 giây chưa xong/)
    })
    const patient = renderer({ timeoutMs: 60_000, maxHeapMb: 512 })
    const bytes = await patient.render(buildHaTinhConference(), { kind: 'agenda' }, options)
    expect(bytes.length).toBeGreaterThan(1000)
  })

  it('answers for a render that exhausts the heap, naming the document', async () => {
    const pdf = renderer({ timeoutMs: 120_000, maxHeapMb: 24 })
    await expect(pdf.render(heavyConference(), { kind: 'awards' }, options)).rejects.toMatchObject({
      message: expect.stringMatching(/^“Danh sách khen thưởng[^”]*”: tạo PDF cần quá nhiều bộ nhớ/)
    })
  })
})
