import { describe, expect, it } from 'vitest'
import { documentLabels } from './documentLabels'
import en from './locales/en.json' with { type: 'json' }
import vi from './locales/vi.json' with { type: 'json' }

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    item !== null && typeof item === 'object' ? keys(item as object, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe('documentLabels', () => {
  it('prints the national title and motto in Vietnamese by default', () => {
    const labels = documentLabels('vi')
    expect(labels.nationalTitle).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(labels.motto).toBe('Độc lập - Tự do - Hạnh phúc')
    expect(labels.columns.name).toBe('Họ và tên')
    expect(labels.unitsCount(90)).toBe('90 điểm cầu')
  })

  it('has every label in English too, through i18next', () => {
    const labels = documentLabels('en')
    expect(labels.nationalTitle).toBe('SOCIALIST REPUBLIC OF VIET NAM')
    expect(labels.columns.signature).toBe('Signature')
    expect(labels.unitsCount(3)).toBe('3 venues')
  })

  it('keeps the two locale files in step', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort())
    for (const value of Object.values(documentLabels('en').columns)) expect(value).not.toMatch(/^columns\./)
  })
})
