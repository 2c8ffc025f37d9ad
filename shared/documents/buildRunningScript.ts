import { foldForSearch } from '../text/foldForSearch'
import { groupAwardsForCeremony } from '../awards/groupAwards'
import { formatShortVietnameseDate } from '../dates/formatVietnameseDate'
import type { AgendaItem, ConferenceDocument, Delegate, Venue } from '../model/conference'
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

/** "Đại tá Ngô Nam Cường" — rank and name as the MC says them. */
export function rankAndName(delegate: Pick<Delegate, 'rank' | 'name'>): string {
  return [delegate.rank, delegate.name].filter((part) => part.trim() !== '').join(' ')
}

/** "đồng chí Đại tá Ngô Nam Cường, Phó Tư lệnh, Quân khu 4" (party posts before the position). */
export function introduceDelegate(delegate: Delegate, withUnit = true): string {
  const details = [delegate.partyPosts, delegate.position, withUnit ? delegate.unit : ''].filter(
    (part) => part.trim() !== ''
  )
  return [`đồng chí ${rankAndName(delegate)}`, ...details].join(', ')
}

function present(delegates: readonly Delegate[]): Delegate[] {
  return delegates.filter((delegate) => delegate.attendance !== 'declined')
}

/** The person who actually comes: a deputy speaks under their own name, in the same post. */
function attending(delegate: Delegate): Delegate {
  return delegate.attendance === 'deputy' && delegate.deputyName.trim() !== ''
    ? { ...delegate, name: delegate.deputyName, rank: '' }
    : delegate
}

/** Upper levels, guests and chairs are named one by one; the rest of the hall is greeted as a whole. */
const NAMED_ROLES = new Set(['chair', 'co-chair', 'guest', 'reporter'])

function introductionWords(doc: ConferenceDocument, lang: DocumentLang): string {
  const info = doc.conference
  const named = present(doc.delegates)
    .filter((delegate) => NAMED_ROLES.has(delegate.role))
    .map(attending)
  // Grouped by unit in the order the first of each unit appears: the stored order is the protocol order.
  const byUnit = new Map<string, Delegate[]>()
  for (const delegate of named) {
    const unit = delegate.unit.trim()
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), delegate])
  }
  const connected = doc.venues.filter((venue) => !venue.isMain).length
  if (lang === 'en') {
    const lines = [
      `Distinguished delegates! ${info.organiser || 'The organisers'} hold the ${info.title || 'conference'}${info.period ? ` for ${info.period}` : ''}.`,
      'Attending the conference are:'
    ]
    for (const [unit, people] of byUnit)
      lines.push(
        `From ${unit || 'the guests'}: ${people.map((d) => [`comrade ${rankAndName(d)}`, d.position].filter(Boolean).join(', ')).join('; ')}.`
      )
    lines.push(
      `Together with the delegates${connected > 0 ? ` at ${connected} connected venues` : ''}. Welcome to the conference!`
    )
    return lines.join('\n')
  }
  const basis = info.legalBasis.trim() !== '' ? `Thực hiện ${info.legalBasis.trim()}, ` : ''
  const lines = [
    `Kính thưa các đồng chí đại biểu! ${basis}${info.organiser.trim() || 'Ban Tổ chức'} tổ chức ${info.title.trim() || 'hội nghị'}${info.period.trim() ? ` ${info.period.trim()}` : ''}.`.replace(
      /\s+/g,
      ' '
    ),
    'Tới dự hội nghị, chúng tôi trân trọng giới thiệu:'
  ]
  for (const [unit, people] of byUnit) {
    const intro = people.map((delegate) => introduceDelegate(delegate, false)).join('; ')
    lines.push(unit === '' ? `- Có ${intro};` : `- Về phía ${unit} có ${intro};`)
  }
  const rest =
    connected > 0
      ? `cùng các đồng chí đại biểu tại điểm cầu chính và ${connected} điểm cầu kết nối`
      : 'cùng các đồng chí đại biểu'
  lines.push(`- Tham dự hội nghị còn có ${rest}. Xin trân trọng chào mừng các đồng chí!`)
  return lines.join('\n')
}

interface Speaker {
  words: string
  actor: string
  venueId: string | null
}

function speakerOf(item: AgendaItem, delegates: ReadonlyMap<string, Delegate>, lang: DocumentLang): Speaker {
  const delegate = item.presenterId ? delegates.get(item.presenterId) : undefined
  if (delegate) {
    const person = attending(delegate)
    const words =
      lang === 'en'
        ? [`comrade ${rankAndName(person)}`, person.position, person.unit].filter(Boolean).join(', ')
        : introduceDelegate(person)
    return { words, actor: rankAndName(person), venueId: item.venueId ?? delegate.venueId }
  }
  const text = item.presenterText.trim()
  const parts = text.split(/\s*;\s*/).filter((part) => part !== '')
  const words =
    lang === 'en'
      ? parts.join(' and ')
      : parts
          .map((part) =>
            /^(đồng chí|đại diện)\b/i.test(part)
              ? part
              : /^(Ban|Công an|Đồn|Sở|Văn phòng|Phòng|Bộ|UBND|BĐBP|Quân khu|Trung đoàn|Đảng ủy)/.test(part)
                ? `đại diện ${part}`
                : `đồng chí ${part}`
          )
          .join(' và ')
  return { words, actor: text, venueId: item.venueId }
}

const SPEAKING_KINDS = new Set(['report', 'discussion', 'directing-speech', 'closing-speech'])

function speechVerb(item: AgendaItem): string {
  if (item.kind === 'report') return 'trình bày'
  if (item.kind === 'discussion') return 'trình bày tham luận'
  return 'phát biểu'
}

function awardPassages(
  doc: ConferenceDocument,
  item: AgendaItem,
  delegates: ReadonlyMap<string, Delegate>,
  lang: DocumentLang
): Draft[] {
  const blocks = groupAwardsForCeremony(doc.awards, doc.awardSettings.groupSize)
  const drafts: Draft[] = []
  const itemTitle = item.title.trim() || (lang === 'en' ? 'Awards' : 'Khen thưởng')
  blocks.forEach((block) => {
    const key = slugify(`${block.authority}-${block.form}`, 80)
    const collectives = block.collectives.length
    const individuals = block.individuals.length
    const whom = [
      collectives > 0 ? `${collectives} tập thể` : '',
      individuals > 0 ? `${individuals} cá nhân` : ''
    ]
      .filter(Boolean)
      .join(' và ')
    const decisions = block.decisionNumbers.length > 0 ? block.decisionNumbers : ['…']
    const firstDated = doc.awards.find(
      (award) => award.authority === block.authority && award.form === block.form && award.decisionDate !== ''
    )
    const dated = firstDated ? ` ngày ${formatShortVietnameseDate(firstDated.decisionDate)}` : ''
    const words =
      lang === 'en'
        ? `Announcing Decision No. ${decisions.join(', ')} of ${block.authority} awarding the ${block.form} to ${collectives} collectives and ${individuals} individuals.`
        : `Xin trân trọng công bố Quyết định số ${decisions.join(', ')}${dated} của ${block.authority} về việc tặng ${block.form} cho ${whom} đã có thành tích xuất sắc.`
    drafts.push({
      id: `award:${item.id}:${key}`,
      item: `${itemTitle}: ${block.form} (${block.authority})`,
      words,
      actor: lang === 'en' ? 'Master of ceremonies' : 'Người dẫn chương trình'
    })
    for (const group of block.stageGroups) {
      const presenter = group.presenterId ? delegates.get(group.presenterId) : undefined
      const presenterWords = presenter
        ? introduceDelegate(attending(presenter))
        : group.presenterText.trim()
          ? `đồng chí ${group.presenterText.trim()}`
          : 'đồng chí lãnh đạo'
      const names = group.awards
        .map((award) =>
          award.recipientType === 'individual'
            ? [
                `đồng chí ${[award.rank, award.recipient].filter(Boolean).join(' ')}`,
                award.position,
                award.unit
              ]
                .filter(Boolean)
                .join(', ')
            : award.recipient
        )
        .join('; ')
      const stageWords =
        lang === 'en'
          ? `We invite ${presenter ? rankAndName(presenter) : group.presenterText || 'the leader'} to present the ${block.form} to: ${names}.`
          : `Xin trân trọng kính mời ${presenterWords} lên trao ${block.form} cho: ${names}.`
      drafts.push({
        id: `award:${item.id}:${key}:${group.number}`,
        item: `${lang === 'en' ? 'Group' : 'Đợt'} ${group.number}: ${block.form}`,
        words: stageWords,
        actor: presenter ? rankAndName(attending(presenter)) : group.presenterText
      })
    }
  })
  if (blocks.length === 0) {
    drafts.push({
      id: `agenda:${item.id}`,
      item: itemTitle,
      words: lang === 'en' ? 'Award ceremony.' : 'Tiến hành trao khen thưởng.',
      actor: item.presenterText
    })
  }
  return drafts
}

function venueName(venues: readonly Venue[], id: string | null): string | null {
  return venues.find((venue) => venue.id === id)?.name ?? null
}

/** Where the introduction goes when the agenda has none: after the opening salute and the reception. */
function introductionIndex(drafts: readonly Draft[]): number {
  const opensTheDay = (draft: Draft) =>
    draft.id === 'flag' ||
    ['chao co', 'don tiep', 'flag', 'welcom'].some((word) => foldForSearch(draft.item).includes(word))
  let index = 0
  while (index < drafts.length && opensTheDay(drafts[index] as Draft)) index += 1
  return index
}

/**
 * The MC's running script generated from the agenda, delegates and awards, then overlaid with
 * the clerk's edits (doc.documents.scriptEdits), which always win over the generated words.
 */
export function buildRunningScript(doc: ConferenceDocument, lang: DocumentLang): ScriptPassage[] {
  const delegates = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  const mc = lang === 'en' ? 'Master of ceremonies' : 'Người dẫn chương trình'
  const mainVenue = doc.venues.find((venue) => venue.isMain) ?? null
  let currentVenue: string | null = mainVenue?.id ?? null
  const flagWords =
    lang === 'en'
      ? 'Please all rise for the flag salute.'
      : 'Để bắt đầu hội nghị, xin mời toàn thể các đồng chí đứng dậy làm lễ chào cờ. Chào cờ, chào! Quốc ca. Xin mời các đồng chí ngồi.'
  // The salute opens the script unless the agenda has its own "Chào cờ" item, which then carries the words.
  const isFlagItem = (title: string) => foldForSearch(title).includes('chao co')
  const drafts: Draft[] = doc.agenda.some((item) => isFlagItem(item.title))
    ? []
    : [{ id: 'flag', item: lang === 'en' ? 'Flag salute' : 'Chào cờ', words: flagWords, actor: mc }]
  let introduced = false
  let closed = false
  for (const item of doc.agenda) {
    const title = item.title.trim()
    if (item.kind === 'opening') {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: introductionWords(doc, lang),
        actor: item.presenterText.trim() || mc
      })
      introduced = true
    } else if (SPEAKING_KINDS.has(item.kind)) {
      const speaker = speakerOf(item, delegates, lang)
      const venueChanged = speaker.venueId !== null && speaker.venueId !== currentVenue
      const where = venueChanged ? venueName(doc.venues, speaker.venueId) : null
      if (speaker.venueId !== null) currentVenue = speaker.venueId
      const subject =
        item.kind === 'report' ? ` ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}` : ''
      const words =
        lang === 'en'
          ? `We respectfully invite ${speaker.words || 'the speaker'} to speak${where ? ` from the ${where} venue` : ''}.`
          : `Xin trân trọng kính mời ${speaker.words || 'đồng chí'} ${speechVerb(item)}${subject}${where ? ` từ điểm cầu ${where}` : ''}.`
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: words.replace(/\s+/g, ' '),
        actor: speaker.actor
      })
    } else if (item.kind === 'awards') {
      drafts.push(...awardPassages(doc, item, delegates, lang))
    } else if (item.kind === 'break') {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words:
          lang === 'en'
            ? `The conference breaks for ${item.durationMin} minutes.`
            : `Hội nghị nghỉ giải lao ${item.durationMin} phút.`,
        actor: mc
      })
    } else if (item.kind === 'closing') {
      drafts.push({ id: `agenda:${item.id}`, item: title, words: closingWords(lang), actor: mc })
      closed = true
    } else if (item.kind === 'reception') {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words:
          lang === 'en'
            ? 'Welcoming delegates; please take your seats.'
            : 'Đón tiếp đại biểu. Đề nghị các đồng chí đại biểu ổn định chỗ ngồi.',
        actor: item.presenterText.trim() || mc
      })
    } else if (isFlagItem(title)) {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: flagWords,
        actor: item.presenterText.trim() || mc
      })
    } else {
      drafts.push({
        id: `agenda:${item.id}`,
        item: title,
        words: title,
        actor: item.presenterText.trim() || mc
      })
    }
  }
  if (!introduced)
    drafts.splice(introductionIndex(drafts), 0, {
      id: 'introduction',
      item: lang === 'en' ? 'Purpose and introduction of delegates' : 'Tuyên bố lý do, giới thiệu đại biểu',
      words: introductionWords(doc, lang),
      actor: mc
    })
  if (!closed)
    drafts.push({
      id: 'closing',
      item: lang === 'en' ? 'Closing' : 'Bế mạc',
      words: closingWords(lang),
      actor: mc
    })

  const edits = doc.documents.scriptEdits
  return drafts.map((draft) => {
    const edit = edits[draft.id]
    return edit !== undefined
      ? { ...draft, words: edit.normalize('NFC'), edited: true }
      : { ...draft, edited: false }
  })
}

function closingWords(lang: DocumentLang): string {
  return lang === 'en'
    ? 'The conference has completed its programme. Thank you all; the conference is closed.'
    : 'Kính thưa các đồng chí! Hội nghị đã hoàn thành toàn bộ nội dung chương trình đề ra. Thay mặt Ban Tổ chức, xin trân trọng cảm ơn các đồng chí đại biểu. Xin kính chúc các đồng chí mạnh khỏe, hạnh phúc và thành công. Hội nghị xin được bế mạc.'
}
