import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PORTABLE_DATA_FOLDER, resolveDataDir } from './dataPaths'

describe('resolveDataDir', () => {
  const userData = join('/home', 'thư-ký', '.config', 'hoinghi')

  it('uses the user-data folder by default and HOINGHI_DATA_DIR when set', () => {
    expect(resolveDataDir({}, userData)).toBe(userData)
    expect(resolveDataDir({ HOINGHI_DATA_DIR: '/dữ liệu/hội nghị' }, userData)).toBe('/dữ liệu/hội nghị')
    expect(resolveDataDir({ HOINGHI_DATA_DIR: '  ' }, userData)).toBe(userData)
  })

  it('keeps the portable .exe’s data beside it, on the USB stick', () => {
    const stick = join('E:', 'HoiNghi')
    expect(resolveDataDir({ PORTABLE_EXECUTABLE_DIR: stick }, userData)).toBe(
      join(stick, PORTABLE_DATA_FOLDER)
    )
    // An explicit HOINGHI_DATA_DIR still wins.
    expect(resolveDataDir({ PORTABLE_EXECUTABLE_DIR: stick, HOINGHI_DATA_DIR: '/x' }, userData)).toBe('/x')
  })
})
