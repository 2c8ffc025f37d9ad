import { foldForSearch } from '../text/foldForSearch'

/**
 * The issuer's own abbreviation after a document number ("UBND" in "Số: 02/CTr-UBND"), as the
 * offices of this domain fix it once. Known bodies only: cutting letters from a name ("Ủ", "BQ")
 * is never right, so an unknown body suggests nothing and the clerk types the code.
 */
const KNOWN_BODIES: [RegExp, string][] = [
  [/^(uy ban nhan dan|ubnd)\b/, 'UBND'],
  [/^(hoi dong nhan dan|hdnd)\b/, 'HĐND'],
  [/^van phong (uy ban nhan dan|ubnd)\b/, 'VP'],
  [/^(bo chi huy quan su|bo chqs|bchqs)\b/, 'BCH'],
  [/^(ban chi huy quan su|ban chqs)\b/, 'BCH'],
  [/^(bo chi huy bo doi bien phong|bo chi huy bdbp)\b/, 'BCH'],
  [/^(bo doi bien phong|bdbp)\b/, 'BĐBP'],
  [/^bo tu lenh bo doi bien phong\b/, 'BTL'],
  [/^bo tu lenh\b/, 'BTL'],
  [/^quan khu \d\b/, 'BTL'],
  [/^cong an (tinh|thanh pho)\b/, 'CAT'],
  [/^cong an (huyen|quan|thi xa)\b/, 'CAH'],
  [/^bo quoc phong\b/, 'BQP'],
  [/^bo cong an\b/, 'BCA'],
  [/^ban chi huy phong thu dan su\b/, 'BCH'],
  [/^dan quan tu ve\b/, 'DQTV'],
  [/^so noi vu\b/, 'SNV']
]

/** The code a known issuing body uses, or '' when the body is not one this table knows. */
export function suggestIssuerCode(issuingBody: string): string {
  const folded = foldForSearch(issuingBody.split('\n').join(' '))
  for (const [pattern, code] of KNOWN_BODIES) if (pattern.test(folded)) return code
  return ''
}

/** The code printed after the kind: the clerk's own, else the suggestion from the issuing body. */
export function issuerCodeFor(settings: { issuerCode: string; issuingBody: string }, organiser = ''): string {
  const own = settings.issuerCode.trim()
  if (own !== '') return own
  return suggestIssuerCode(settings.issuingBody.trim() !== '' ? settings.issuingBody : organiser)
}
