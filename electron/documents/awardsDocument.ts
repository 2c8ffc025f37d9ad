import { groupAwardsForCeremony, type AwardBlock } from '../../shared/awards/groupAwards'
import { formatShortVietnameseDate } from '../../shared/dates/formatVietnameseDate'
import type { Award, ConferenceDocument, Delegate } from '../../shared/model/conference'
import { rankAndName } from '../../shared/documents/buildRunningScript'
import { safe, signDocument, startDocument, subjectLine } from './common'
import { drawTable, type TableRow } from './table'
import { addPage, drawTitle, type Writer } from './writer'

const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX'
]

function roman(index: number): string {
  return ROMAN[index] ?? String(index + 1)
}

function decisionText(w: Writer, doc: ConferenceDocument, block: AwardBlock): string {
  if (block.decisionNumbers.length === 0) return ''
  const dated = [...block.collectives, ...block.individuals].find((award) => award.decisionDate !== '')
  const date = dated ? safe(() => formatShortVietnameseDate(dated.decisionDate)) : null
  return ` (${w.labels.decision} ${block.decisionNumbers.join(', ')}${date ? ` ${w.lang === 'en' ? 'of' : 'ngày'} ${date}` : ''})`
}

function awardRow(award: Award, number: number): TableRow {
  const rankPosition =
    award.recipientType === 'individual'
      ? [award.rank, award.position].filter((part) => part.trim() !== '').join(', ')
      : ''
  return {
    type: 'row',
    cells: [String(number), award.recipient, rankPosition, award.unit, award.achievement, award.notes]
  }
}

function presenterName(
  delegates: ReadonlyMap<string, Delegate>,
  presenterId: string | null,
  presenterText: string
): string {
  const delegate = presenterId ? delegates.get(presenterId) : undefined
  return delegate ? [rankAndName(delegate), delegate.position].filter(Boolean).join(', ') : presenterText
}

/** Danh sách khen thưởng grouped by authority and form (collectives first), then the ceremony order by stage group. */
export function drawAwards(w: Writer, doc: ConferenceDocument): void {
  const c = w.labels.columns
  startDocument(w, doc, w.labels.awardsTitle, subjectLine(doc))
  const blocks = groupAwardsForCeremony(doc.awards, doc.awardSettings.groupSize)
  const rows: TableRow[] = []
  blocks.forEach((block, index) => {
    rows.push({
      type: 'group',
      text: `${roman(index)}. ${block.form} – ${block.authority}${decisionText(w, doc, block)}`
    })
    let number = 0
    if (block.collectives.length > 0) {
      rows.push({
        type: 'group',
        text: `${block.individuals.length > 0 ? 'a) ' : ''}${w.labels.collectives} (${block.collectives.length})`
      })
      for (const award of block.collectives) rows.push(awardRow(award, ++number))
    }
    if (block.individuals.length > 0) {
      rows.push({
        type: 'group',
        text: `${block.collectives.length > 0 ? 'b) ' : ''}${w.labels.individuals} (${block.individuals.length})`
      })
      for (const award of block.individuals) rows.push(awardRow(award, ++number))
    }
  })
  drawTable(
    w,
    [
      { header: c.no, weight: 0.5, align: 'center' },
      { header: c.recipient, weight: 2.2 },
      { header: c.rankPosition, weight: 1.6 },
      { header: c.unit, weight: 1.8 },
      { header: c.achievement, weight: 3.0 },
      { header: c.notes, weight: 1.0 }
    ],
    rows
  )
  signDocument(w, doc)

  // The ceremony order is a working sheet for the stage crew: its own page, no header block.
  const delegates = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  addPage(w)
  drawTitle(w, w.labels.ceremonyTitle, subjectLine(doc))
  const stageRows: TableRow[] = []
  for (const block of blocks) {
    for (const group of block.stageGroups) {
      const presenter = presenterName(delegates, group.presenterId, group.presenterText)
      stageRows.push({
        type: 'group',
        text: `${w.labels.stageGroup} ${group.number}: ${block.form} – ${block.authority}${presenter ? ` · ${c.presenterAward}: ${presenter}` : ''}`
      })
      group.awards.forEach((award, index) => {
        const who =
          award.recipientType === 'individual'
            ? [award.rank, award.recipient].filter(Boolean).join(' ')
            : award.recipient
        stageRows.push({
          type: 'row',
          cells: [
            String(index + 1),
            who,
            award.recipientType === 'individual'
              ? [award.position, award.unit].filter(Boolean).join(', ')
              : award.unit
          ]
        })
      })
    }
  }
  drawTable(
    w,
    [
      { header: c.no, weight: 0.5, align: 'center' },
      { header: c.recipients, weight: 3.5 },
      { header: c.unit, weight: 4 }
    ],
    stageRows,
    { size: 13 }
  )
}
