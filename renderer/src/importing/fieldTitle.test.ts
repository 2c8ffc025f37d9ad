import { describe, expect, it } from 'vitest'
import { IMPORT_FIELDS, importKinds } from '../../../shared/importExport/importFields'
import { fieldTitle } from './fieldTitle'

type Catalogue = Record<string, unknown>

// Loaded as the app loads them (the web tsconfig does not list JSON files for a static import).
const catalogues = import.meta.glob<Catalogue>('../i18n/locales/*/import.json', {
  eager: true,
  import: 'default'
})
const en = catalogues['../i18n/locales/en/import.json'] ?? {}
const vi = catalogues['../i18n/locales/vi/import.json'] ?? {}

/** A minimal i18next lookup over one catalogue, with its defaultValue fallback. */
function translator(catalogue: Catalogue) {
  return (key: string, options: { defaultValue: string }) => {
    let node: unknown = catalogue
    for (const part of key.split('.')) node = (node as Catalogue | undefined)?.[part]
    return typeof node === 'string' ? node : options.defaultValue
  }
}

describe('fieldTitle', () => {
  it('names every import field in English in the English interface', () => {
    const t = translator(en)
    expect(fieldTitle(t, 'delegates', IMPORT_FIELDS.delegates[0] ?? { key: '', label: '', words: [] })).toBe(
      'Full name'
    )
    for (const kind of importKinds)
      for (const field of IMPORT_FIELDS[kind]) expect(fieldTitle(t, kind, field)).not.toBe(field.label)
  })

  it('shows the exported column title in Vietnamese', () => {
    const t = translator(vi)
    for (const kind of importKinds)
      for (const field of IMPORT_FIELDS[kind]) expect(fieldTitle(t, kind, field)).toBe(field.label)
  })
})
