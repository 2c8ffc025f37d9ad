import { awardHeading, decisionReference } from '../../shared/awards/awardHeading'
import { groupAwardsForCeremony, type AwardBlock } from '../../shared/awards/groupAwards'
import { asAttending } from '../../shared/delegates/attendingPerson'
import { documentKindCode } from '../../shared/documents/documentCodes'
import { formatShortVietnameseDate } from '../../shared/dates/formatVietnameseDate'
import type { Award, ConferenceDocument, Delegate } from '../../shared/model/conference'
import { rankAndName } from '../../shared/documents/buildRunningScript'
import { safe, signatureNeed, signDocument, startDocument, subjectLine } from './common'
import { drawTable, type TableRow } from './table'
import { drawTitle, type Writer } from './writer'

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

/** "(Quyết định số 1234/QĐ-BQP ngày 20/12/2024)": the words once, even when the cell already has them. */
function decisionText(w: Writer, block: AwardBlock): string {
  const numbers = [...new Set(block.decisionNumbers.map(decisionReference).filter((n) => n !== ''))]
  if (numbers.length === 0) return ''
  const dated = [...block.collectives, ...block.individuals].find((award) => award.decisionDate !== '')
  const date = dated ? safe(() => formatShortVietnameseDate(dated.decisionDate)) : null
  return ` (${w.labels.decision} ${numbers.join(', ')}${date ? ` ${w.lang === 'en' ? 'of' : 'ngày'} ${date}` : ''})`
}

/** "Bằng khen của Bộ trưởng Bộ Quốc phòng", with the signer's title the clerk recorded on any award of the block. */
export function blockHeading(block: AwardBlock): string {
  const titled = [...block.collectives, ...block.individuals].find(
    (award) => award.authorityTitle.trim() !== ''
  )
  return awardHeading({
    form: block.form,
    authority: block.authority,
    authorityTitle: titled?.authorityTitle ?? ''
  })
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

export function presenterName(
  delegates: ReadonlyMap<string, Delegate>,
  presenterId: string | null,
  presenterText: string
): string {
  const delegate = presenterId ? delegates.get(presenterId) : undefined
  if (!delegate) return presenterText
  const person = asAttending(delegate)
  return [rankAndName(person), person.position].filter(Boolean).join(', ')
}

/**
 * Danh sách khen thưởng grouped by authority and form (collectives first). The signature block
 * shares its page with the last rows; the stage order is its own document (ceremony.pdf).
 */
export function drawAwards(w: Writer, doc: ConferenceDocument): void {
  const c = w.labels.columns
  startDocument(w, doc, w.labels.awardsTitle, subjectLine(doc), documentKindCode('awards'))
  const blocks = groupAwardsForCeremony(doc.awards, doc.awardSettings.groupSize)
  const rows: TableRow[] = []
  blocks.forEach((block, index) => {
    rows.push({
      type: 'group',
      level: 0,
      text: `${roman(index)}. ${blockHeading(block)}${decisionText(w, block)}`
    })
    let number = 0
    const both = block.collectives.length > 0 && block.individuals.length > 0
    if (block.collectives.length > 0) {
      if (both)
        rows.push({
          type: 'group',
          level: 1,
          text: `a) ${w.labels.collectives} (${block.collectives.length})`
        })
      for (const award of block.collectives) rows.push(awardRow(award, ++number))
    }
    if (block.individuals.length > 0) {
      if (both)
        rows.push({
          type: 'group',
          level: 1,
          text: `b) ${w.labels.individuals} (${block.individuals.length})`
        })
      for (const award of block.individuals) rows.push(awardRow(award, ++number))
    }
  })
  drawTable(
    w,
    [
      { header: c.no, weight: 0.5, align: 'center', nowrap: true },
      { header: c.recipient, weight: 2.2 },
      { header: c.rankPosition, weight: 1.6 },
      { header: c.unit, weight: 1.8 },
      { header: c.achievement, weight: 3.0 },
      { header: c.notes, weight: 1.0 }
    ],
    rows,
    { keepWithLast: signatureNeed(w, doc) }
  )
  signDocument(w, doc)
}

/** Thứ tự trao thưởng: a working sheet for the stage crew, stage group by stage group, no header block. */
export function drawCeremony(w: Writer, doc: ConferenceDocument): void {
  const c = w.labels.columns
  const delegates = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  const blocks = groupAwardsForCeremony(doc.awards, doc.awardSettings.groupSize)
  drawTitle(w, w.labels.ceremonyTitle, subjectLine(doc))
  const stageRows: TableRow[] = []
  for (const block of blocks) {
    for (const group of block.stageGroups) {
      const presenter = presenterName(delegates, group.presenterId, group.presenterText)
      stageRows.push({
        type: 'group',
        text: `${w.labels.stageGroup} ${group.number}: ${blockHeading(block)}${presenter ? ` · ${c.presenterAward}: ${presenter}` : ''}`
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
      { header: c.no, weight: 0.5, align: 'center', nowrap: true },
      { header: c.recipients, weight: 3.5 },
      { header: c.unit, weight: 4 }
    ],
    stageRows,
    { size: 13 }
  )
}
