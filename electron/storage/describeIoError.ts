import { basename, dirname } from 'node:path'
import { AppError } from '../../shared/errors/appError'

export type IoAction = 'read' | 'write' | 'lock'
export type IoLang = 'vi' | 'en'

type Sentence = (target: string, folder: string) => string

/**
 * What a clerk can act on, per errno and per what we were doing. Raw Node messages name our temp
 * files (".x.csv.4711.ab12cd.tmp") and errno codes, which tell a secretariat nothing.
 */
const SENTENCES: Record<IoLang, Record<string, Partial<Record<IoAction | 'any', Sentence>>>> = {
  vi: {
    ENOENT: {
      read: () => 'không tìm thấy tệp',
      write: (_t, folder) => `thư mục "${folder}" không tồn tại; hãy tạo thư mục đó hoặc chọn nơi khác`,
      lock: (_t, folder) => `thư mục "${folder}" không tồn tại`
    },
    EISDIR: {
      any: (target) => `"${target}" là một thư mục, không phải tệp; hãy ghi rõ tên tệp cần ghi`
    },
    ENOTDIR: {
      any: (target) => `một phần của đường dẫn "${target}" là tệp chứ không phải thư mục`
    },
    EACCES: {
      read: (target) => `không có quyền đọc "${target}"`,
      write: (_t, folder) =>
        `không có quyền ghi vào thư mục "${folder}" (thư mục chỉ đọc hoặc bị giới hạn quyền); hãy chọn nơi khác`,
      lock: (_t, folder) =>
        `không tạo được tệp khóa trong thư mục "${folder}" (thư mục chỉ đọc hoặc bị giới hạn quyền), nên không ghi được tệp này`
    },
    EROFS: { any: (_t, folder) => `ổ đĩa chứa "${folder}" chỉ cho đọc; hãy chọn nơi khác để ghi` },
    ENOSPC: { any: (_t, folder) => `ổ đĩa chứa "${folder}" đã đầy; hãy giải phóng chỗ trống rồi thử lại` },
    EBUSY: {
      any: (target) => `"${target}" đang được chương trình khác dùng; hãy đóng chương trình đó rồi thử lại`
    },
    ENAMETOOLONG: { any: () => 'tên hoặc đường dẫn tệp quá dài' }
  },
  en: {
    ENOENT: {
      read: () => 'file not found',
      write: (_t, folder) => `the folder "${folder}" does not exist; create it or choose another place`,
      lock: (_t, folder) => `the folder "${folder}" does not exist`
    },
    EISDIR: { any: (target) => `"${target}" is a folder, not a file; give the name of the file to write` },
    ENOTDIR: { any: (target) => `part of the path "${target}" is a file, not a folder` },
    EACCES: {
      read: (target) => `no permission to read "${target}"`,
      write: (_t, folder) =>
        `no permission to write into the folder "${folder}" (read-only or restricted); choose another place`,
      lock: (_t, folder) =>
        `cannot create the lock file in the folder "${folder}" (read-only or restricted), so this file cannot be written`
    },
    EROFS: {
      any: (_t, folder) => `the drive holding "${folder}" is read-only; choose another place to write`
    },
    ENOSPC: { any: (_t, folder) => `the drive holding "${folder}" is full; free some space and try again` },
    EBUSY: { any: (target) => `"${target}" is in use by another program; close it and try again` },
    ENAMETOOLONG: { any: () => 'the file name or path is too long' }
  }
}

function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : ''
}

/** One sentence for a failed read, write or lock of `target`; falls back to naming the code. */
export function describeIoText(
  target: string,
  error: unknown,
  action: IoAction,
  lang: IoLang = 'vi'
): string {
  const code = errnoOf(error)
  // Windows says EPERM where POSIX says EACCES.
  const sentences = SENTENCES[lang][code === 'EPERM' ? 'EACCES' : code]
  const sentence = sentences?.[action] ?? sentences?.any
  if (sentence) return sentence(target, dirname(target))
  const reason = code || (error instanceof Error ? error.message : String(error))
  return lang === 'vi'
    ? `lỗi ${action === 'read' ? 'đọc' : 'ghi'} "${target}" (${reason})`
    : `could not ${action === 'read' ? 'read' : 'write'} "${target}" (${reason})`
}

/** The AppError for a failed file operation: names the file, says what happened in words. */
export function describeIoError(
  target: string,
  error: unknown,
  action: IoAction,
  lang: IoLang = 'vi'
): AppError {
  if (error instanceof AppError) return error
  return new AppError({
    code: 'io',
    message: describeIoText(target, error, action, lang),
    file: basename(target)
  })
}

/** Creating the `.lock` beside a conference failed (read-only share, missing folder). */
export function lockFolderError(file: string, error: unknown): AppError {
  return describeIoError(file, error, 'lock')
}
