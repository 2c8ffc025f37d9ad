import { describe, expect, it } from 'vitest'
import { defaultUserDataDir } from './userDataDir'

describe('defaultUserDataDir', () => {
  it('is where Electron puts userData for an app named hoinghi', () => {
    expect(
      defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\Thắng\\AppData\\Roaming' }, 'C:\\Users\\Thắng')
    ).toBe('C:\\Users\\Thắng\\AppData\\Roaming\\hoinghi')
    expect(defaultUserDataDir('win32', {}, 'C:\\Users\\Thắng')).toBe(
      'C:\\Users\\Thắng\\AppData\\Roaming\\hoinghi'
    )
    expect(defaultUserDataDir('darwin', { XDG_CONFIG_HOME: '/x' }, '/Users/thang')).toBe(
      '/Users/thang/Library/Application Support/hoinghi'
    )
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/srv/cau-hinh' }, '/home/thang')).toBe(
      '/srv/cau-hinh/hoinghi'
    )
    expect(defaultUserDataDir('linux', {}, '/home/thang')).toBe('/home/thang/.config/hoinghi')
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: 'tuong-doi' }, '/home/thang')).toBe(
      '/home/thang/.config/hoinghi'
    )
  })
})
