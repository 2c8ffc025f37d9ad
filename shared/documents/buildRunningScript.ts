import { awardHeading, decisionReference, suggestAuthorityTitle } from '../awards/awardHeading'
import { authorityLevel } from '../awards/authorityLevel'
import { groupAwardsForCeremony, type AwardBlock } from '../awards/groupAwards'
import { formatShortVietnameseDate } from '../dates/formatVietnameseDate'
import { asAttending, attendingPerson } from '../delegates/attendingPerson'
import { spokenPost } from '../delegates/positionWithUnit'
import { sortByPrecedence } from '../delegates/sortByPrecedence'
import type { AgendaItem, Award, ConferenceDocument, Delegate, Venue } from '../model/conference'
import { readAloud } from '../speech/readingDictionary'
import { foldForSearch } from '../text/foldForSearch'
import { venueChairs } from '../venues/venueChair'
import { venueShortName } from '../venues/venueLabel'
import { slugify } from './documentFileNames'
import type { DocumentLang } from './documentLabels'

/** One row of the MC's running script: what happens, the exact words, who acts. */
export interface ScriptPassage {
  /** Stable across regenerations (built from agenda and award ids), so the clerk's edits stay attached. */
  id: string
  item: string
  words: string
  actor: string
  edited: boolean
}

interface Draft {
  id: string
  item: string
  words: string
  actor: string
}

const MC = 'Người dẫn chương trình'

/** "Đại tá Ngô Nam Cường" — rank and name as the MC says them. */
export function rankAndName(delegate: Pick<Delegate, 'rank' | 'name'>): string {
  return [delegate.rank, delegate.name].filter((part) => part.trim() !== '').join(' ')
}

/**
 * "đồng chí Đại tá Ngô Nam Cường, Phó Tư lệnh Quân khu" (party posts before the position). The
 * unit is said only when asked for and when the position does not already name it.
 */
export function introduceDelegate(delegate: Delegate, withUnit = true): string {
  const person = asAttending(delegate)
  const post = withUnit ? spokenPost(person.position, person.unit) : person.position.trim()
  const details = [person.partyPosts, post].filter((part) => part.trim() !== '')
  return [`đồng chí ${rankAndName(person)}`, ...details].join(', ')
}

/** Upper levels, guests and chairs are named one by one; the rest of the hall is greeted as a whole. */
const NAMED_ROLES = new Set(['chair', 'co-chair', 'guest', 'reporter'])

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
}

/**
 * Introduction order: superior-level guests (of a level above the organiser, such as the Phó Tư
 * lệnh Quân khu 4 at a provincial review) first, then the protocol order sortByPrecedence suggests
 * for the rest. Each person once.
 */
function introductionOrder(doc: ConferenceDocument, people: readonly Delegate[]): Delegate[] {
  const hostLevel = authorityLevel(
    [doc.documents.issuingBody, doc.conference.organiser].find((text) => text.trim() !== '') ?? ''
  )
  const superior = people.filter(
    (delegate) => delegate.role === 'guest' && authorityLevel(delegate.unit) > hostLevel
  )
  const rest = people.filter((delegate) => !superior.includes(delegate))
  return [...sortByPrecedence(superior), ...sortByPrecedence(rest)]
}

/** "- Về phía Bộ Tư lệnh Quân khu 4 có đồng chí …;" lines, grouped by unit in the order given. */
function unitLines(people: readonly Delegate[]): string[] {
  const byUnit = new Map<string, Delegate[]>()
  for (const delegate of people) {
    const unit = delegate.unit.trim()
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), delegate])
  }
  return [...byUnit].map(([unit, group]) => {
    const intro = group.map((delegate) => introduceDelegate(delegate, false)).join('; ')
    return unit === '' ? `- Có ${intro};` : `- Về phía ${unit} có ${intro};`
  })
}

function introductionWords(doc: ConferenceDocument): string {
  const info = doc.conference
  const mainVenue = doc.venues.find((venue) => venue.isMain) ?? null
  const connected = doc.venues.filter((venue) => !venue.isMain)
  const multiVenue = connected.length > 0
  const atMain = (delegate: Delegate) =>
    !multiVenue || delegate.venueId === null || delegate.venueId === mainVenue?.id
  const chairs = venueChairs(connected, doc.delegates)
  const chairIds = new Set([...chairs.values()].map((delegate) => delegate.id))
  const present = doc.delegates.filter((delegate) => attendingPerson(delegate) !== null)
  const named = present.filter(
    (delegate) => NAMED_ROLES.has(delegate.role) && atMain(delegate) && !chairIds.has(delegate.id)
  )

  const basis = info.legalBasis.trim() !== '' ? `Thực hiện ${info.legalBasis.trim()}, ` : ''
  const lines = [
    `Kính thưa các đồng chí đại biểu! ${basis}${info.organiser.trim() || 'Ban Tổ chức'} tổ chức ${info.title.trim() || 'hội nghị'}${info.period.trim() && !info.title.includes(info.period.trim()) ? ` ${info.period.trim()}` : ''}.`.replace(
      /\s+/g,
      ' '
    ),
    'Tới dự hội nghị, chúng tôi trân trọng giới thiệu:',
    ...unitLines(introductionOrder(doc, named))
  ]
  if (multiVenue) {
    lines.push('Tham dự hội nghị tại các điểm cầu có:')
    for (const venue of connected) {
      const chair = chairs.get(venue.id)
      // Guests and co-chairs who join from a venue are named with it, after its chair.
      const others = sortByPrecedence(
        present.filter(
          (delegate) =>
            delegate.venueId === venue.id && NAMED_ROLES.has(delegate.role) && delegate.id !== chair?.id
        )
      )
      const people = [
        ...(chair && attendingPerson(chair) !== null ? [`${introduceDelegate(chair, true)}, chủ trì`] : []),
        ...others.map((delegate) => introduceDelegate(delegate, true))
      ]
      if (people.length === 0) continue
      lines.push(`- Tại điểm cầu ${venueShortName(venue.name)} có ${people.join('; ')};`)
    }
    lines.push('- Cùng các đồng chí đại biểu tại các điểm cầu.')
  } else lines.push('- Cùng các đồng chí đại biểu về dự hội nghị.')
  lines.push('Xin trân trọng chào mừng các đồng chí!')
  return lines.join('\n')
}

interface Speaker {
  /** "đồng chí …" or "" when the presenter is a venue. */
  words: string
  actor: string
  venueId: string | null
  /** The presenter typed as a venue ("Điểm cầu Nghệ An"). */
  venueText: string | null
}

const BODY_START = /^(Ban|Công an|Đồn|Sở|Văn phòng|Phòng|Bộ|UBND|BĐBP|Quân khu|Trung đoàn|Đảng ủy)/u

function speakerOf(item: AgendaItem, delegates: ReadonlyMap<string, Delegate>): Speaker {
  const delegate = item.presenterId ? delegates.get(item.presenterId) : undefined
  if (delegate) {
    const person = asAttending(delegate)
    return {
      words: introduceDelegate(delegate),
      actor: rankAndName(person),
      venueId: item.venueId ?? delegate.venueId,
      venueText: null
    }
  }
  const text = item.presenterText.trim()
  if (/^điểm cầu\b/iu.test(text))
    return { words: '', actor: text, venueId: item.venueId, venueText: venueShortName(text) }
  const parts = text.split(/\s*;\s*/).filter((part) => part !== '')
  const words = parts
    .map((part) =>
      /^(đồng chí|đại diện)\b/iu.test(part)
        ? part
        : BODY_START.test(part)
          ? `đại diện ${part}`
          : `đồng chí ${part}`
    )
    .join(' và ')
  return { words, actor: text, venueId: item.venueId, venueText: null }
}

const SPEAKING_KINDS = new Set(['report', 'discussion', 'directing-speech', 'closing-speech'])

/** "trình bày báo cáo tổng kết …", "phát biểu chỉ đạo hội nghị", "phát biểu kết luận hội nghị". */
function speechAct(item: AgendaItem): string {
  const title = item.title.trim()
  if (item.kind === 'report') return `trình bày ${lowerFirst(title || 'báo cáo')}`
  if (item.kind === 'discussion') return 'trình bày tham luận'
  if (item.kind === 'closing-speech') return 'phát biểu kết luận hội nghị'
  if (item.kind === 'directing-speech') return 'phát biểu chỉ đạo hội nghị'
  return 'phát biểu'
}

function whom(block: AwardBlock): string {
  const collectives = block.collectives.length
  const individuals = block.individuals.length
  return [collectives > 0 ? `${collectives} tập thể` : '', individuals > 0 ? `${individuals} cá nhân` : '']
    .filter(Boolean)
    .join(' và ')
}

function recipientName(award: Award): string {
  return award.recipientType === 'individual'
    ? [award.rank, award.recipient].filter(Boolean).join(' ')
    : award.recipient
}

function awardPassages(
  doc: ConferenceDocument,
  item: AgendaItem,
  delegates: ReadonlyMap<string, Delegate>
): Draft[] {
  const blocks = groupAwardsForCeremony(doc.awards, doc.awardSettings.groupSize)
  const drafts: Draft[] = []
  const itemTitle = item.title.trim() || 'Khen thưởng'
  const organiser = doc.conference.organiser.trim() || 'Ban Tổ chức'
  blocks.forEach((block) => {
    const key = slugify(`${block.authority}-${block.form}`, 80)
    const all = [...block.collectives, ...block.individuals]
    const titled = all.find((award) => award.authorityTitle.trim() !== '')
    const heading = awardHeading({
      form: block.form,
      authority: block.authority,
      authorityTitle: titled?.authorityTitle ?? ''
    })
    const signer = titled?.authorityTitle.trim() || suggestAuthorityTitle(block.authority) || block.authority
    const numbers = [...new Set(block.decisionNumbers.map(decisionReference).filter(Boolean))]
    const dated = all.find((award) => award.decisionDate !== '')
    const date = dated ? ` ngày ${formatShortVietnameseDate(dated.decisionDate)}` : ''
    const decision = numbers.length > 0 ? `Quyết định số ${numbers.join(', ')}${date}` : `Quyết định${date}`
    drafts.push({
      id: `award:${item.id}:${key}`,
      item: heading,
      words: `Thừa ủy quyền của ${organiser}, tôi xin công bố ${decision} của ${signer} về việc tặng ${block.form} cho ${whom(block)} đã có thành tích xuất sắc.`,
      actor: MC
    })
    for (const group of block.stageGroups) {
      const presenter = group.presenterId ? delegates.get(group.presenterId) : undefined
      const presenterWords = presenter
        ? introduceDelegate(presenter)
        : group.presenterText.trim()
          ? `đồng chí ${group.presenterText.trim()}`
          : 'đồng chí lãnh đạo'
      const collectives = group.awards.filter((award) => award.recipientType === 'collective')
      const individuals = group.awards.filter((award) => award.recipientType === 'individual')
      const called = [
        collectives.length > 0 ? `đại diện các tập thể: ${collectives.map(recipientName).join('; ')}` : '',
        individuals.length > 0
          ? `các đồng chí: ${individuals
              .map((award) =>
                [recipientName(award), spokenPost(award.position, award.unit)].filter(Boolean).join(', ')
              )
              .join('; ')}`
          : ''
      ]
        .filter(Boolean)
        .join('; và ')
      drafts.push({
        id: `award:${item.id}:${key}:${group.number}`,
        item: `Đợt ${group.number}: ${heading}`,
        words: `Xin trân trọng kính mời ${called} lên nhận ${heading}.\nKính mời ${presenterWords} lên trao thưởng.`,
        actor: presenter ? rankAndName(asAttending(presenter)) : group.presenterText
      })
    }
  })
  if (blocks.length === 0)
    drafts.push({
      id: `agenda:${item.id}`,
      item: itemTitle,
      words: 'Tiến hành trao khen thưởng.',
      actor: item.presenterText
    })
  return drafts
}

/** "Tuyên bố lý do, giới thiệu đại biểu" is the introduction; "Phát biểu khai mạc" invites a speaker. */
function isIntroductionTitle(title: string): boolean {
  const folded = foldForSearch(title)
  return folded.includes('ly do') || folded.includes('gioi thieu')
}

/**
 * The MC's running script generated from the agenda, in the clerk's order, with the delegates and
 * awards; abbreviations spoken in full; then overlaid with the clerk's edits
 * (doc.documents.scriptEdits), which always win over the generated words. The script is what a
 * Vietnamese MC says: it is written in Vietnamese whatever the labels' language.
 */
export function buildRunningScript(doc: ConferenceDocument, _lang: DocumentLang): ScriptPassage[] {
  const delegates = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  const venues = new Map<string, Venue>(doc.venues.map((venue) => [venue.id, venue]))
  const mainVenue = doc.venues.find((venue) => venue.isMain) ?? null
  const flagWords =
    'Để bắt đầu hội nghị, xin mời toàn thể các đồng chí đứng dậy làm lễ chào cờ. Chào cờ, chào! Quốc ca. Xin mời các đồng chí ngồi.'
  const isFlagItem = (title: string) => foldForSearch(title).includes('chao co')
  const introductionItem =
    doc.agenda.find((item) => item.kind === 'opening' && isIntroductionTitle(item.title)) ??
    doc.agenda.find(
      (item) => item.kind === 'opening' && item.presenterId === null && !/khai mạc/iu.test(item.title)
    )
  const drafts: Draft[] = []
  let introduced = false
  let closed = false
  for (const item of doc.agenda) {
    const title = item.title.trim()
    if (item === introductionItem) {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: introductionWords(doc),
        actor: item.presenterText.trim() || MC
      })
      introduced = true
    } else if (item.kind === 'opening' || SPEAKING_KINDS.has(item.kind)) {
      const speaker = speakerOf(item, delegates)
      const venue = speaker.venueId !== null ? venues.get(speaker.venueId) : undefined
      const remote = venue !== undefined && !venue.isMain && venue.id !== mainVenue?.id
      const act = item.kind === 'opening' ? 'phát biểu khai mạc hội nghị' : speechAct(item)
      let words: string
      if (speaker.venueText !== null || (speaker.words === '' && remote))
        words = `Xin mời điểm cầu ${speaker.venueText ?? venueShortName(venue?.name ?? '')} ${act}.`
      else if (remote)
        words = `Xin trân trọng kính mời ${speaker.words || 'đồng chí'} ${act} từ điểm cầu ${venueShortName(venue.name)}.`
      else words = `Xin trân trọng kính mời ${speaker.words || 'đồng chí'} lên ${act}.`
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: words.replace(/[ \t]+/g, ' '),
        actor: speaker.actor
      })
    } else if (item.kind === 'awards') {
      drafts.push(...awardPassages(doc, item, delegates))
    } else if (item.kind === 'break') {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: `Hội nghị nghỉ giải lao ${item.durationMin} phút.`,
        actor: MC
      })
    } else if (item.kind === 'closing') {
      drafts.push({ id: `agenda:${item.id}`, item: title, words: closingWords(), actor: MC })
      closed = true
    } else if (item.kind === 'reception') {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: 'Đón tiếp đại biểu. Đề nghị các đồng chí đại biểu ổn định chỗ ngồi.',
        actor: item.presenterText.trim() || MC
      })
    } else if (isFlagItem(title)) {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: flagWords,
        actor: item.presenterText.trim() || MC
      })
    } else {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: title,
        actor: item.presenterText.trim() || MC
      })
    }
  }
  if (!introduced) {
    // After the reception and any salute the agenda holds, as a ceremony opens.
    let index = 0
    while (index < drafts.length && /^(Đón tiếp|Chào cờ)/iu.test(drafts[index]?.item ?? '')) index += 1
    drafts.splice(index, 0, {
      id: 'introduction',
      item: 'Tuyên bố lý do, giới thiệu đại biểu',
      words: introductionWords(doc),
      actor: MC
    })
  }
  if (!closed) drafts.push({ id: 'closing', item: 'Bế mạc', words: closingWords(), actor: MC })

  const edits = doc.documents.scriptEdits
  return drafts.map((draft) => {
    const edit = edits[draft.id]
    return edit !== undefined
      ? { ...draft, words: edit.normalize('NFC'), edited: true }
      : { ...draft, words: readAloud(draft.words), edited: false }
  })
}

function closingWords(): string {
  return 'Kính thưa các đồng chí! Hội nghị đã hoàn thành toàn bộ nội dung chương trình đề ra. Thay mặt Ban Tổ chức, xin trân trọng cảm ơn các đồng chí đại biểu. Xin kính chúc các đồng chí mạnh khỏe, hạnh phúc và thành công. Hội nghị xin được bế mạc.'
}
