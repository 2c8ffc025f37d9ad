import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  currentIdentity,
  describeHolderInDetail,
  holderLooksAlive,
  inspectLock,
  lockPathFor,
  removeLockIfUnchanged
} from '../../storage/fileLock'
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand } from '../cliIo'

const YES = new Set(['c', 'có', 'co', 'y', 'yes'])

/**
 * Removes a lock left by a computer that will not come back for it (crashed, reinstalled, taken
 * away): the app takes over a stale lock only while it watches it go stale, and the CLI refuses at
 * once, so without this a lock from years ago would keep everyone out. Refuses while the holder
 * looks alive, and asks first unless told `--yes`.
 */
export const unlockCommand: CliCommand = {
  name: 'unlock',
  usage: 'hoinghi unlock <file> [--yes]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { yes: { type: 'boolean' } }
    })
    const [target, ...extra] = positionals
    if (!target || extra.length > 0) throw new UsageError('cần đúng một <file>')
    const typed = resolve(io.cwd, target)
    const file = typed.endsWith('.lock') ? typed.slice(0, -'.lock'.length) : typed
    const name = basename(file)
    const lock = await inspectLock(file)
    if (lock.kind === 'missing') {
      io.out(`${name}: không có khóa (${basename(lockPathFor(file))}), không cần gỡ`)
      return EXIT_OK
    }
    const holder =
      lock.kind === 'held' ? describeHolderInDetail(lock.info) : 'không rõ ai (tệp khóa không đọc được)'
    if (lock.kind === 'held' && holderLooksAlive(lock.info, new Date(), currentIdentity())) {
      io.err(
        `${name}: khóa của ${holder} vẫn còn tín hiệu mới; máy đó có thể đang mở tệp nên không gỡ. Hãy đóng tệp trên máy đó, hoặc thử lại sau 2 phút nếu máy đó đã tắt`
      )
      return EXIT_BAD_INPUT
    }
    if (values.yes !== true) {
      if (!io.ask) {
        io.err(
          `${name}: đang bị khóa bởi ${holder}. Không hỏi được (không có bàn phím); chạy lại với --yes để gỡ khóa`
        )
        return EXIT_USAGE
      }
      const answer = await io.ask(`${name} đang bị khóa bởi ${holder}. Gỡ khóa? (c/k) `)
      if (!YES.has(answer.trim().toLowerCase())) {
        io.out(`${name}: không gỡ khóa`)
        return EXIT_OK
      }
    }
    if (!(await removeLockIfUnchanged(file, lock.signature))) {
      io.err(`${name}: khóa vừa thay đổi (có người vừa mở tệp); không gỡ. Chạy lại để xem ai đang giữ`)
      return EXIT_BAD_INPUT
    }
    io.out(`${name}: đã gỡ khóa của ${holder}`)
    return EXIT_OK
  }
}
