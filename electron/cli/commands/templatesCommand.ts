import { promises as fs } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { recordTemplates } from '../../../shared/collect/applyCollected'
import { parseDate } from '../../../shared/importExport/parseCells'
import { selectVenues } from '../../collect/venueSelection'
import { writeTemplates } from '../../collect/writeTemplates'
import { ConferenceStore } from '../../storage/conferenceStore'
import { refuseLiveTarget } from '../../storage/refuseLiveTarget'
import { cliDataDir } from '../cliDataDir'
import { EXIT_OK, UsageError, type CliCommand } from '../cliIo'

/** One .xlsx per venue for the venue to fill in and send back; records when each went out. */
export const templatesCommand: CliCommand = {
  name: 'templates',
  usage:
    'hoinghi templates <file> --out <dir> [--venues <names or numbers>] [--deadline dd/mm/yyyy] [--contact "<secretariat contact>"]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        venues: { type: 'string' },
        deadline: { type: 'string' },
        contact: { type: 'string' }
      }
    })
    const [target, ...extra] = positionals
    if (!target || extra.length > 0) throw new UsageError('cần đúng một <file>')
    if (!values.out) throw new UsageError('thiếu --out <dir>')
    const deadline = values.deadline === undefined ? '' : parseDate(values.deadline)
    if (deadline === null)
      throw new UsageError(`--deadline không phải ngày: "${values.deadline}" (viết 20/12/2023)`)
    const file = resolve(io.cwd, target)
    const out = resolve(io.cwd, values.out)
    const dataDir = cliDataDir(io)
    const store = new ConferenceStore(dataDir)
    try {
      const { db } = await store.openFile(file)
      const doc = db.data
      const venueIds = selectVenues(doc.venues, values.venues)
      if (venueIds.length === 0) {
        io.err(`${basename(file)}: hội nghị chưa có điểm cầu nào`)
        return 1
      }
      await fs.mkdir(out, { recursive: true })
      refuseLiveTarget(resolve(out, 'mau.xlsx'), { dataDir, protect: [file], noConferenceFiles: true })
      const contact = values.contact ?? (doc.documents.issuingBody.trim() || doc.conference.organiser.trim())
      const written = await writeTemplates(doc, venueIds, out, { deadline, contact })
      const at = new Date().toISOString()
      await store.save(file, recordTemplates(doc, venueIds, at))
      for (const template of written) io.out(template.path)
      return EXIT_OK
    } finally {
      await store.close()
    }
  }
}
