/**
 * Who a venue template belongs to, written into the workbook twice (custom document properties and
 * a very hidden sheet) because a venue that copies its list into a new workbook loses one or both.
 * The marker is plain ASCII so it survives any XML part it lands in without escaping.
 */
export interface TemplateIdentity {
  conferenceId: string
  venueId: string
}

const PREFIX = 'hoinghi-collect/1'
const MARKER =
  /hoinghi-collect\/1;conference=([A-Za-z0-9%._~!*'()-]{1,200});venue=([A-Za-z0-9%._~!*'()-]{1,200})/

/** The custom document property that carries the marker. */
export const IDENTITY_PROPERTY = 'HoiNghiDinhDanh'
/** The very hidden sheet that carries it again. */
export const IDENTITY_SHEET = 'HoiNghi'

export function encodeIdentity(identity: TemplateIdentity): string {
  return `${PREFIX};conference=${encodeURIComponent(identity.conferenceId)};venue=${encodeURIComponent(identity.venueId)}`
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/** The first marker found anywhere in `text` (an XML part, a cell); null when there is none. */
export function findIdentity(text: string): TemplateIdentity | null {
  const match = MARKER.exec(text)
  if (!match) return null
  const conferenceId = decode(match[1] ?? '')
  const venueId = decode(match[2] ?? '')
  if (!conferenceId || !venueId) return null
  return { conferenceId, venueId }
}
