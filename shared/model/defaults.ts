import {
  CONFERENCE_FORMAT,
  CURRENT_SCHEMA_VERSION,
  type Award,
  type AwardSettings,
  type ConferenceDocument,
  type ConferenceInfo,
  type Delegate,
  type DocumentSettings,
  type Venue
} from './conference'
import { defaultModeForKind } from './defaultModeForKind'

export const DEFAULT_AWARD_TITLES = [
  'Cờ thi đua của Chính phủ',
  'Cờ thi đua',
  'Cờ thi đua xuất sắc',
  'Đơn vị quyết thắng',
  'Tập thể lao động xuất sắc',
  'Đơn vị tiên tiến',
  'Chiến sĩ thi đua toàn quốc',
  'Chiến sĩ thi đua',
  'Chiến sĩ tiên tiến'
]
export const DEFAULT_AWARD_FORMS = ['Huân chương', 'Huy chương', 'Kỷ niệm chương', 'Bằng khen', 'Giấy khen']

export function defaultAwardSettings(): AwardSettings {
  return { groupSize: 10, titles: [...DEFAULT_AWARD_TITLES], forms: [...DEFAULT_AWARD_FORMS] }
}

export function defaultDocumentSettings(): DocumentSettings {
  return {
    governingBody: '',
    issuingBody: '',
    place: '',
    signerTitle: '',
    signerName: '',
    recipients: [],
    agendaNumber: '',
    issuerCode: '',
    nameCardUnitLine: false,
    labelLang: 'vi',
    venueSheets: 'per-file',
    scriptEdits: {}
  }
}

export function emptyConferenceInfo(): ConferenceInfo {
  return {
    title: '',
    kind: 'annual',
    legalBasis: '',
    organiser: '',
    date: '',
    startTime: '',
    endTime: '',
    place: '',
    period: '',
    mode: 'in-person'
  }
}

/** A fresh conference document; `now` is passed in so callers (and tests) control time. */
export function newConferenceDocument(
  id: string,
  info: Partial<ConferenceInfo>,
  now: Date
): ConferenceDocument {
  const stamp = now.toISOString()
  return {
    format: CONFERENCE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    createdAt: stamp,
    updatedAt: stamp,
    conference: {
      ...emptyConferenceInfo(),
      mode: defaultModeForKind(info.kind ?? 'annual'),
      ...info
    },
    venues: [],
    delegates: [],
    agenda: [],
    outlines: [],
    awards: [],
    awardSettings: defaultAwardSettings(),
    documents: defaultDocumentSettings()
  }
}

export function newDelegate(id: string, fields: Partial<Delegate> = {}): Delegate {
  return {
    id,
    name: '',
    honorific: '',
    rank: '',
    position: '',
    partyPosts: '',
    unit: '',
    venueId: null,
    role: 'delegate',
    attendance: 'invited',
    deputyName: '',
    phone: '',
    notes: '',
    importedFrom: null,
    ...fields
  }
}

export function newVenue(id: string, fields: Partial<Venue> = {}): Venue {
  return {
    id,
    name: '',
    place: '',
    isMain: false,
    chairId: null,
    expectedCount: null,
    techContact: '',
    techPhone: '',
    testTime: '',
    notes: '',
    collection: { templateAt: '', replyFile: '', replyAt: '' },
    ...fields
  }
}

export function newAward(id: string, fields: Partial<Award> = {}): Award {
  return {
    id,
    category: 'form',
    form: '',
    authority: '',
    authorityTitle: '',
    decisionNumber: '',
    decisionDate: '',
    recipientType: 'individual',
    recipient: '',
    rank: '',
    position: '',
    unit: '',
    delegateId: null,
    achievement: '',
    presenterId: null,
    presenterText: '',
    stageGroup: null,
    notes: '',
    ...fields
  }
}
