import { describe, expect, it } from 'vitest'
import { newConferenceDocument, newDelegate, newVenue } from '../model/defaults'
import type { Award } from '../model/conference'
import { buildCsv, detectDelimiter } from './csvText'
import { escapeFormula } from './escapeFormula'
import { exportTable } from './exportTable'
import { venueChairsFromRoles } from '../delegates/venueChairsFromRoles'
import { nationalConferenceDoc } from '../delegates/testNationalConference'

describe('escapeFormula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+cmd|/C calc!A0', "'+cmd|/C calc!A0"],
    ['-1+2', "'-1+2"],
    ['@foo', "'@foo"],
    ['\t=1', "'\t=1"],
    ['- Đ/c Nguyễn Xuân Thắng', "'- Đ/c Nguyễn Xuân Thắng"],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['﹦1+1', "'﹦1+1"],
    ['＋cmd|/C calc!A0', "'＋cmd|/C calc!A0"],
    ['﹢cmd', "'﹢cmd"],
    ['－1+2', "'－1+2"],
    ['﹣1+2', "'﹣1+2"],
    ['＠foo', "'＠foo"],
    ['﹫foo', "'﹫foo"]
  ])('escapes %j', (input, output) => expect(escapeFormula(input)).toBe(output))
  it.each(['-12', '-1,5', '+84 912 345 678', '＋84 912 345 678', 'Nguyễn Xuân Thắng', ''])(
    'leaves %j as it is',
    (value) => expect(escapeFormula(value)).toBe(value)
  )
  it('is applied in CSV, with a BOM and quotes', () => {
    expect(buildCsv([['a', '=SUM(A1)', 'Hà Tĩnh, Việt Nam', '＝1+1']])).toBe(
      '\ufeffa,\'=SUM(A1),"Hà Tĩnh, Việt Nam",\'＝1+1\r\n'
    )
    expect(detectDelimiter('STT;Họ và tên;"Đơn vị, cơ quan"\n1;An;B')).toBe(';')
  })
})

function conference() {
  const doc = newConferenceDocument(
    'c1',
    { title: 'Hội nghị tổng kết công tác QP-AN năm 2023' },
    new Date('2023-12-20T00:00:00Z')
  )
  const venue = newVenue('v1', { name: 'Hội trường UBND tỉnh', isMain: true })
  const people = [
    newDelegate('d1', { name: 'Ông Văn Ưng', rank: 'Thiếu tá', venueId: 'v1' }),
    newDelegate('d2', {
      name: 'Nguyễn Xuân Thắng',
      rank: 'Đại tá',
      role: 'co-chair',
      venueId: 'v1',
      position: 'Chỉ huy trưởng'
    }),
    newDelegate('d3', {
      name: 'Võ Trọng Hải',
      role: 'chair',
      position: 'Chủ tịch UBND tỉnh',
      unit: 'UBND tỉnh Hà Tĩnh'
    }),
    newDelegate('d4', { name: 'Lê Hữu Ân', rank: 'Đại tá', notes: '=HYPERLINK("x")' })
  ]
  const award = (
    id: string,
    recipient: string,
    authority: string,
    stageGroup: number | null = null
  ): Award => ({
    id,
    category: 'title',
    form: 'Cờ thi đua',
    authorityTitle: '',
    authority,
    decisionNumber: '125/QĐ-UBND',
    decisionDate: '2023-12-25',
    recipientType: 'collective',
    recipient,
    rank: '',
    position: '',
    unit: '',
    delegateId: null,
    achievement: 'Có thành tích xuất sắc',
    presenterId: 'd3',
    presenterText: '',
    stageGroup,
    notes: ''
  })
  return {
    ...doc,
    venues: [venue],
    delegates: people,
    awards: [
      award('a1', 'Ban CHQS huyện Kỳ Anh', 'UBND tỉnh Hà Tĩnh'),
      award('a2', 'Công an huyện Hương Khê', 'UBND tỉnh Hà Tĩnh')
    ],
    awardSettings: { ...doc.awardSettings, groupSize: 1 }
  }
}

describe('exportTable', () => {
  it('orders delegates as stored, by precedence, or by given name', () => {
    const doc = conference()
    const names = (sort: 'protocol' | 'precedence' | 'name') =>
      exportTable(doc, 'delegates', sort).objects.map((o) => o.name)
    expect(names('protocol')).toEqual(['Ông Văn Ưng', 'Nguyễn Xuân Thắng', 'Võ Trọng Hải', 'Lê Hữu Ân'])
    expect(names('precedence')).toEqual(['Võ Trọng Hải', 'Nguyễn Xuân Thắng', 'Lê Hữu Ân', 'Ông Văn Ưng'])
    expect(names('name')).toEqual(['Lê Hữu Ân', 'Võ Trọng Hải', 'Nguyễn Xuân Thắng', 'Ông Văn Ưng'])
  })

  it('gives delegate objects the fields scripts use, with the venue by name', () => {
    const table = exportTable(conference(), 'delegates')
    expect(table.objects[1]).toMatchObject({
      name: 'Nguyễn Xuân Thắng',
      rank: 'Đại tá',
      position: 'Chỉ huy trưởng',
      unit: '',
      venue: 'Hội trường UBND tỉnh',
      role: 'co-chair'
    })
    expect(table.headers.slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Danh xưng'])
    expect(table.rows[1]?.[8]).toBe('Đồng chủ trì')
    expect(table.title).toBe('DANH SÁCH ĐẠI BIỂU – Hội nghị tổng kết công tác QP-AN năm 2023')
  })

  it('gives award objects form, authority, type, recipient, decision, presenter and stage group', () => {
    const table = exportTable(conference(), 'awards')
    expect(table.objects).toEqual([
      expect.objectContaining({
        form: 'Cờ thi đua',
        authority: 'UBND tỉnh Hà Tĩnh',
        recipientType: 'collective',
        recipient: 'Ban CHQS huyện Kỳ Anh',
        unit: '',
        decision: '125/QĐ-UBND',
        presenter: 'Võ Trọng Hải',
        group: 1
      }),
      expect.objectContaining({ recipient: 'Công an huyện Hương Khê', group: 2 })
    ])
  })
})

describe('export --sort precedence of a multi-venue conference', () => {
  it('starts with the co-chairs at the main venue, not the 89 venue chairs', () => {
    const doc = venueChairsFromRoles(nationalConferenceDoc())
    const table = exportTable(doc, 'delegates', 'precedence')
    expect(table.rows).toHaveLength(1143)
    expect(table.rows.slice(0, 2).map((row) => row[1])).toEqual(['Hoàng Xuân Chiến', 'Lê Huy Vịnh'])
    // The first connected venue's chair comes right after the main venue's 75 people.
    expect(table.objects[75]).toMatchObject({ venue: 'Điểm cầu Hà Giang', roleLabel: 'Chủ trì' })
  })
})
