import type { ConferenceDocument, Delegate, Venue } from '../../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../../shared/model/defaults'
import { POSITIONS, PROVINCES, RANKS, UNITS, pick, randomFullName, seededRandom } from './vietnameseSamples'

/** A conference with `delegateCount` delegates spread over `venueCount` venues, named as in the samples. */
export function generateConference(
  delegateCount: number,
  venueCount: number,
  seed = 2023
): ConferenceDocument {
  const next = seededRandom(seed)
  const venues: Venue[] = Array.from({ length: venueCount }, (_, index) =>
    newVenue(`v${index + 1}`, {
      name: index === 0 ? 'Hội trường UBND tỉnh Hà Tĩnh' : `Điểm cầu ${pick(PROVINCES, next)} ${index + 1}`,
      place: `Trụ sở UBND tỉnh ${pick(PROVINCES, next)}`,
      isMain: index === 0,
      expectedCount: Math.ceil(delegateCount / venueCount),
      techContact: randomFullName(next),
      techPhone: `0912 ${String(100000 + index).slice(-6)}`,
      testTime: '14:00 ngày 25/12/2023'
    })
  )
  const delegates: Delegate[] = Array.from({ length: delegateCount }, (_, index) =>
    newDelegate(`d${index + 1}`, {
      name: randomFullName(next),
      rank: pick(RANKS, next),
      position: pick(POSITIONS, next),
      unit: pick(UNITS, next),
      venueId: venues[index % venueCount]?.id ?? null,
      role: index === 0 ? 'chair' : index < 4 ? 'co-chair' : 'delegate',
      attendance: next() < 0.7 ? 'confirmed' : 'invited',
      phone: `09${String(Math.floor(next() * 1e8)).padStart(8, '0')}`
    })
  )
  const doc = newConferenceDocument(
    'bench2023',
    {
      title: 'Hội nghị tổng kết công tác phối hợp giữa Quân đội, Công an và Bộ đội Biên phòng năm 2023',
      date: '2023-12-26',
      startTime: '14:00',
      place: 'Hội trường UBND tỉnh Hà Tĩnh',
      period: 'năm 2023',
      mode: 'video'
    },
    new Date('2023-12-01T00:00:00Z')
  )
  return { ...doc, venues, delegates }
}
