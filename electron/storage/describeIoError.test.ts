import { describe, expect, it } from 'vitest'
import { describeIoError, describeIoText } from './describeIoError'

const errno = (code: string, path: string) =>
  Object.assign(new Error(`${code}: operation failed, rename '.x.csv.4711.ab12cd34ef56.tmp' -> '${path}'`), {
    code
  })

describe('disk errors in words (issue 12, item 9)', () => {
  it('names the target and says what happened, in Vietnamese and in English', () => {
    const target = '/home/van-thu/xuat/dai-bieu.csv'
    expect(describeIoText(target, errno('EISDIR', target), 'write')).toBe(
      `"${target}" là một thư mục, không phải tệp; hãy ghi rõ tên tệp cần ghi`
    )
    expect(describeIoText(target, errno('ENOENT', target), 'write', 'en')).toBe(
      'the folder "/home/van-thu/xuat" does not exist; create it or choose another place'
    )
    expect(describeIoText(target, errno('EACCES', target), 'write')).toBe(
      'không có quyền ghi vào thư mục "/home/van-thu/xuat" (thư mục chỉ đọc hoặc bị giới hạn quyền); hãy chọn nơi khác'
    )
    // Windows says EPERM for the same thing.
    expect(describeIoText(target, errno('EPERM', target), 'lock')).toMatch(
      /^không tạo được tệp khóa trong thư mục/
    )
    expect(describeIoText(target, errno('EROFS', target), 'write', 'en')).toMatch(/read-only/)
    expect(describeIoText(target, errno('ENOSPC', target), 'write')).toMatch(/đã đầy/)
  })

  it('never passes on errno text or our temp file names', () => {
    for (const code of ['EISDIR', 'ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EBUSY', 'ENOTDIR']) {
      const error = describeIoError('/srv/chung/hn.hoinghi.json', errno(code, 'x'), 'write')
      expect(error.toData()).toMatchObject({ code: 'io', file: 'hn.hoinghi.json' })
      expect(error.message).not.toMatch(/E[A-Z]{3,}|\.tmp/)
    }
  })
})
