import { foldForSearch } from '../text/foldForSearch'

/** Who signs for an authority, as its decisions name them ("Bộ Quốc phòng" → "Bộ trưởng Bộ Quốc phòng"). */
const SIGNERS: [RegExp, (authority: string) => string][] = [
  [/^(thu tuong|bo truong|chu tich|chi huy truong|tu lenh|giam doc|chinh uy)\b/, (a) => a],
  [/^chinh phu\b/, (a) => `Thủ tướng ${a}`],
  [/^bo (quoc phong|cong an|noi vu)\b/, (a) => `Bộ trưởng ${a}`],
  [/^(uy ban nhan dan|ubnd)\b/, (a) => `Chủ tịch ${a}`],
  [
    /^(bo chi huy quan su|bo chqs|ban chi huy quan su|ban chqs|bdbp|bo chi huy bo doi bien phong)\b/,
    (a) => `Chỉ huy trưởng ${a}`
  ],
  [/^bo tu lenh\b/, (a) => `Tư lệnh ${a.replace(/^Bộ Tư lệnh\s+/iu, '')}`],
  [/^(quan khu|quan chung|quan doan)\b/, (a) => `Tư lệnh ${a}`],
  [/^cong an\b/, (a) => `Giám đốc ${a}`]
]

/**
 * The title of the person who signs an authority's decision, suggested from its name; the clerk
 * can change it (`award.authorityTitle`). Unknown authorities suggest nothing.
 */
export function suggestAuthorityTitle(authority: string): string {
  const trimmed = authority.normalize('NFC').trim()
  const folded = foldForSearch(trimmed)
  for (const [pattern, title] of SIGNERS) if (pattern.test(folded)) return title(trimmed)
  return ''
}

/** Emulation flags and other titles are awarded by the body itself, certificates by a person. */
function awardedByBody(form: string): boolean {
  const folded = foldForSearch(form)
  return folded.startsWith('co thi dua') || folded.startsWith('don vi') || folded.startsWith('tap the')
}

/**
 * The heading of an award group as an office writes it: "Bằng khen của Bộ trưởng Bộ Quốc phòng",
 * "Cờ thi đua của Ủy ban nhân dân tỉnh Hà Tĩnh". A form that already names its authority is kept.
 */
export function awardHeading(award: { form: string; authority: string; authorityTitle: string }): string {
  const form = award.form.normalize('NFC').trim()
  const authority = award.authority.normalize('NFC').trim()
  if (authority === '' || / của /u.test(form)) return form
  if (awardedByBody(form)) return `${form} của ${authority.replace(/^UBND\b/u, 'Ủy ban nhân dân')}`
  const signer = award.authorityTitle.trim() || suggestAuthorityTitle(authority) || authority
  return `${form} của ${signer}`
}

/** "Quyết định số 1234/QĐ-BQP" or "Số 1234/QĐ-BQP" typed in the cell → "1234/QĐ-BQP": the words are printed once. */
export function decisionReference(decisionNumber: string): string {
  return decisionNumber
    .normalize('NFC')
    .trim()
    .replace(/^(quyết định|qđ)\s*(số)?\s*:?\s*/iu, '')
    .replace(/^số\s*:?\s*/iu, '')
    .trim()
}
