import i18next from 'i18next'
import en from './locales/en.json' with { type: 'json' }
import vi from './locales/vi.json' with { type: 'json' }

/** Fixed words printed on documents; the clerk's own text is never translated. */
export type DocumentLang = 'vi' | 'en'

export interface DocumentLabels {
  nationalTitle: string
  motto: string
  numberPrefix: string
  page: string
  recipients: string
  archive: string
  agendaTitle: string
  delegatesTitle: string
  venueSheetTitle: string
  venueSheetsTitle: string
  venuesTitle: string
  outlineTitle: string
  awardsTitle: string
  ceremonyTitle: string
  scriptTitle: string
  nameCardsTitle: string
  columns: {
    no: string
    time: string
    item: string
    presenter: string
    venue: string
    name: string
    rank: string
    position: string
    unit: string
    signature: string
    chair: string
    headcount: string
    techContact: string
    phone: string
    testTime: string
    recipient: string
    rankPosition: string
    achievement: string
    notes: string
    content: string
    words: string
    actor: string
    figure: string
    value: string
    group: string
    presenterAward: string
    recipients: string
    named: string
    confirmed: string
    expected: string
  }
  /** Marks a row or group continued from the previous page. */
  continued: string
  total: string
  mainVenue: string
  venueHeading: string
  noVenue: string
  keyFigures: string
  decision: string
  collectives: string
  individuals: string
  stageGroup: string
  mc: string
  unitsCount: (n: number) => string
  /** Why a document with nothing to list is not written. */
  skip: {
    noAwards: string
    noDelegates: string
    noVenues: string
    noAgenda: string
    scriptVietnameseOnly: string
  }
}

const COLUMN_KEYS = [
  'no',
  'time',
  'item',
  'presenter',
  'venue',
  'name',
  'rank',
  'position',
  'unit',
  'signature',
  'chair',
  'headcount',
  'techContact',
  'phone',
  'testTime',
  'recipient',
  'rankPosition',
  'achievement',
  'notes',
  'content',
  'words',
  'actor',
  'figure',
  'value',
  'group',
  'presenterAward',
  'recipients',
  'named',
  'confirmed',
  'expected'
] as const satisfies readonly (keyof DocumentLabels['columns'])[]

const TEXT_KEYS = [
  'nationalTitle',
  'motto',
  'numberPrefix',
  'page',
  'recipients',
  'archive',
  'agendaTitle',
  'delegatesTitle',
  'venueSheetTitle',
  'venueSheetsTitle',
  'venuesTitle',
  'outlineTitle',
  'awardsTitle',
  'ceremonyTitle',
  'scriptTitle',
  'nameCardsTitle',
  'continued',
  'total',
  'mainVenue',
  'venueHeading',
  'noVenue',
  'keyFigures',
  'decision',
  'collectives',
  'individuals',
  'stageGroup',
  'mc'
] as const satisfies readonly Exclude<keyof DocumentLabels, 'columns' | 'unitsCount'>[]

// Its own instance: the printed labels follow the document's language setting, not the UI's.
const i18n = i18next.createInstance()
void i18n.init({
  resources: { vi: { documents: vi }, en: { documents: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  ns: ['documents'],
  defaultNS: 'documents',
  initAsync: false,
  interpolation: { escapeValue: false }
})

const cache = new Map<DocumentLang, DocumentLabels>()

/** The fixed words of printed documents in one language, from the locale files through i18next. */
export function documentLabels(lang: DocumentLang): DocumentLabels {
  const cached = cache.get(lang)
  if (cached) return cached
  const t = i18n.getFixedT(lang)
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, t(key)])) as Record<
    (typeof TEXT_KEYS)[number],
    string
  >
  const columns = Object.fromEntries(
    COLUMN_KEYS.map((key) => [key, t(`columns.${key}`)])
  ) as DocumentLabels['columns']
  const skip = {
    noAwards: t('skip.noAwards'),
    noDelegates: t('skip.noDelegates'),
    noVenues: t('skip.noVenues'),
    noAgenda: t('skip.noAgenda'),
    scriptVietnameseOnly: t('skip.scriptVietnameseOnly')
  }
  const labels: DocumentLabels = {
    ...text,
    columns,
    skip,
    unitsCount: (count) => t('unitsCount', { count })
  }
  cache.set(lang, labels)
  return labels
}
