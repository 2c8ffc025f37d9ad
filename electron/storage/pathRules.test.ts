import { describe, expect, it } from 'vitest'
import { comparablePath, normalizeWindowsSpelling, windowsPathRules } from './pathRules'

describe('Windows spellings of one file (issue 12, item 15)', () => {
  it.each([
    ['C:\\Hội nghị\\tong-ket.hoinghi.json.', 'C:\\Hội nghị\\tong-ket.hoinghi.json'],
    ['C:\\Hội nghị \\tong-ket.hoinghi.json  ', 'C:\\Hội nghị\\tong-ket.hoinghi.json'],
    ['C:\\HN\\tong-ket.hoinghi.json::$DATA', 'C:\\HN\\tong-ket.hoinghi.json'],
    ['C:\\HN\\tong-ket.hoinghi.json:an:$DATA', 'C:\\HN\\tong-ket.hoinghi.json'],
    ['\\\\?\\C:\\HN\\tong-ket.hoinghi.json', 'C:\\HN\\tong-ket.hoinghi.json'],
    ['\\\\.\\C:\\HN\\tong-ket.hoinghi.json', 'C:\\HN\\tong-ket.hoinghi.json'],
    ['\\\\?\\UNC\\may-chu\\chung\\a.json', '\\\\may-chu\\chung\\a.json'],
    ['\\\\localhost\\C$\\HN\\tong-ket.hoinghi.json', 'C:\\HN\\tong-ket.hoinghi.json'],
    ['\\\\127.0.0.1\\d$\\HN\\a.json', 'd:\\HN\\a.json'],
    ['C:/HN/./a.json', 'C:\\HN\\.\\a.json']
  ])('%s is %s', (spelling, meant) => {
    expect(normalizeWindowsSpelling(spelling)).toBe(meant)
  })

  it('resolves 8.3 short names through the realpath it is given, and folds case', () => {
    const realpath = (file: string): string => {
      if (file.toLowerCase() === 'c:\\hn\\hoi-ng~1.jso') return 'C:\\HN\\hoi-nghi.hoinghi.json'
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
    }
    const rules = windowsPathRules(realpath)
    expect(comparablePath('C:\\HN\\HOI-NG~1.JSO', rules)).toBe('c:\\hn\\hoi-nghi.hoinghi.json')
    expect(comparablePath('C:\\HN\\HOI-NG~1.JSO\\..\\x.pdf', rules)).toBe('c:\\hn\\x.pdf')
    expect(comparablePath('\\\\may-chu\\C$\\HN\\a.json', rules)).toBe('\\\\may-chu\\c$\\hn\\a.json')
  })
})
