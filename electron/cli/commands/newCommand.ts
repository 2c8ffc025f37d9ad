import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { z } from 'zod'
import { ConferenceStore } from '../../storage/conferenceStore'
import { cliDataDir } from '../cliDataDir'
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cliIo'

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'hoinghi new <file> --title <text> [--date YYYY-MM-DD] [--place <text>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { title: { type: 'string' }, date: { type: 'string' }, place: { type: 'string' } }
    })
    const [target, ...extra] = positionals
    if (!target || extra.length > 0 || !values.title) throw new UsageError(this.usage)
    const file = resolve(io.cwd, target)
    if (values.date !== undefined && !z.iso.date().safeParse(values.date).success) {
      io.err(`${target}: trường --date: ngày phải có dạng YYYY-MM-DD (nhận được "${values.date}")`)
      return EXIT_BAD_INPUT
    }
    const store = new ConferenceStore(cliDataDir(io))
    await store.create(file, { title: values.title, date: values.date ?? '', place: values.place ?? '' })
    io.out(file)
    return EXIT_OK
  }
}
