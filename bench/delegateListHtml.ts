import { delegatesByVenue } from '../electron/documents/delegateDocuments'
import type { ConferenceDocument } from '../shared/model/conference'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The same list as a web tool would print it: a table with a repeating thead, group rows, the same margins. */
export function delegateListHtml(doc: ConferenceDocument): string {
  const rows: string[] = []
  let number = 0
  for (const { venue, delegates } of delegatesByVenue(doc)) {
    rows.push(`<tr class="g"><td colspan="6">Điểm cầu: ${escapeHtml(venue?.name ?? '')}</td></tr>`)
    for (const d of delegates)
      rows.push(
        `<tr><td>${++number}</td><td>${escapeHtml(d.name)}</td><td>${escapeHtml(d.rank)}</td><td>${escapeHtml(d.position)}</td><td>${escapeHtml(d.unit)}</td><td></td></tr>`
      )
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm }
body { font-family: 'Times New Roman', Tinos, serif; font-size: 12pt }
h1 { font-size: 14pt; text-align: center }
table { width: 100%; border-collapse: collapse } th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top }
tr { break-inside: avoid } tr.g td { font-weight: bold } thead { display: table-header-group }
</style></head><body><h1>DANH SÁCH ĐẠI BIỂU</h1><p style="text-align:center;font-weight:bold">${escapeHtml(doc.conference.title)}</p>
<table><thead><tr><th>STT</th><th>Họ và tên</th><th>Cấp bậc</th><th>Chức vụ</th><th>Đơn vị</th><th>Ký tên</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`
}
