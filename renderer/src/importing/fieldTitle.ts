import type { ImportField, ImportKind } from '../../../shared/importExport/importFields'

type Translate = (key: string, options: { defaultValue: string }) => string

/**
 * A field's name in the clerk's language. The shared label is the Vietnamese column title HoiNghi
 * writes on export; in the English interface the wizard showed it untranslated.
 */
export function fieldTitle(t: Translate, kind: ImportKind, field: ImportField): string {
  return t(`fields.${kind}.${field.key}`, { defaultValue: field.label })
}
