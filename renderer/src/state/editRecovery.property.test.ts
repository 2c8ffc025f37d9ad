import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors/appError'
import {
  conferenceDocumentSchema,
  type ConferenceDocument,
  type ConferenceInfo,
  type Delegate
} from '../../../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../../../shared/model/defaults'
import { ApiError } from '../api/client'
import { ConferenceSession } from './conferenceSession'

type DelegateText = 'name' | 'rank' | 'position' | 'unit' | 'phone' | 'notes' | 'deputyName'
type InfoText = 'title' | 'place' | 'period' | 'date' | 'startTime'

type Command =
  | { op: 'delegate'; index: number; field: DelegateText; value: string }
  | { op: 'conference'; field: InfoText; value: string }
  | { op: 'add'; name: string }
  | { op: 'remove'; index: number }
  | { op: 'breakDisk' }
  | { op: 'fixDisk' }
  | { op: 'settle' }

// Short real names, values just over and far over each limit, odd characters, and malformed dates/times.
const value = fc.oneof(
  fc.constantFrom(
    'Nguyễn Tân Cương',
    'Thượng tướng',
    'Bộ CHQS tỉnh Hà Tĩnh',
    'Hà Tĩnh',
    '',
    '2024-12-26',
    '07:30'
  ),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 45, max: 2100 }).map((n) => 'Ư'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '😀'.repeat(n)),
  fc.constantFrom('31/12/2024', '25:00', '\u0000\u0083', 'e\u0301'.repeat(120))
)

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('delegate' as const),
      index: fc.nat(20),
      field: fc.constantFrom<DelegateText>(
        'name',
        'rank',
        'position',
        'unit',
        'phone',
        'notes',
        'deputyName'
      ),
      value
    })
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('conference' as const),
      field: fc.constantFrom<InfoText>('title', 'place', 'period', 'date', 'startTime'),
      value
    })
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('add' as const), name: value }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), index: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'breakDisk' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'fixDisk' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'settle' as const }) }
)

function recipeOf(cmd: Command, serial: number): ((doc: ConferenceDocument) => ConferenceDocument) | null {
  switch (cmd.op) {
    case 'delegate':
      return (doc) => {
        const target = doc.delegates[cmd.index % Math.max(1, doc.delegates.length)]
        if (!target) return doc
        return {
          ...doc,
          delegates: doc.delegates.map((d): Delegate => (d === target ? { ...d, [cmd.field]: cmd.value } : d))
        }
      }
    case 'conference':
      return (doc) => ({
        ...doc,
        conference: { ...doc.conference, [cmd.field]: cmd.value } as ConferenceInfo
      })
    case 'add':
      return (doc) => ({
        ...doc,
        delegates: [...doc.delegates, newDelegate(`moi-${serial}`, { name: cmd.name })]
      })
    case 'remove':
      return (doc) =>
        doc.delegates.length === 0
          ? doc
          : { ...doc, delegates: doc.delegates.filter((_, i) => i !== cmd.index % doc.delegates.length) }
    default:
      return null
  }
}

function startingDoc(): ConferenceDocument {
  const doc = newConferenceDocument(
    'toanquoc',
    { title: 'Hội nghị trực tuyến toàn quốc' },
    new Date('2024-12-01')
  )
  return {
    ...doc,
    venues: [newVenue('chinh', { name: 'Điểm cầu Bộ Quốc phòng', isMain: true })],
    delegates: [
      newDelegate('d1', { name: 'Hoàng Xuân Chiến', rank: 'Thượng tướng', venueId: 'chinh' }),
      newDelegate('d2', { name: 'Lê Huy Vịnh', rank: 'Thượng tướng', venueId: 'chinh' })
    ]
  }
}

describe('edits after a failed save', () => {
  it('are never lost: refused values never enter, accepted ones reach memory, the recovery file and finally the disk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 60 }), async (commands) => {
        let diskBroken = false
        let disk: ConferenceDocument = startingDoc()
        let recovery: ConferenceDocument | null = null
        // The main side: validates like the dispatch does, and fails while the disk is broken.
        const saver = async (_key: string, doc: ConferenceDocument) => {
          await Promise.resolve()
          if (diskBroken)
            throw new ApiError(new AppError({ code: 'io', message: 'EIO: i/o error, write' }).toData())
          disk = conferenceDocumentSchema.parse(doc)
          return { savedAt: new Date().toISOString() }
        }
        const keeper = async (_key: string, doc: ConferenceDocument | null) => {
          await Promise.resolve()
          recovery = doc
          return { fileName: doc ? 'toanquoc.hoinghi.json.recovery.json' : null }
        }
        const session = new ConferenceSession(
          {
            key: 'toanquoc',
            doc: startingDoc(),
            readOnly: false,
            lockHolder: null,
            migratedFrom: null,
            fileName: 'x'
          },
          saver,
          1e9,
          () => 0,
          keeper
        )
        // What the clerk sees as done: every accepted edit, applied in order.
        let model = session.doc
        let failedOnce = false
        try {
          for (const [serial, cmd] of commands.entries()) {
            if (cmd.op === 'breakDisk') diskBroken = true
            else if (cmd.op === 'fixDisk') diskBroken = false
            else if (cmd.op === 'settle') {
              await session.flush().catch(() => undefined)
              if (session.getSnapshot().saveState === 'error') {
                failedOnce = true
                // Memory and the recovery file both hold the newest document.
                expect(recovery).toEqual(session.doc)
                expect(session.getSnapshot().recoveryFile).not.toBeNull()
              } else expect(disk).toEqual(session.doc)
            } else {
              const recipe = recipeOf(cmd, serial)
              if (!recipe) continue
              const attempted = recipe(model)
              const problem = session.update(recipe)
              const valid = conferenceDocumentSchema.safeParse(attempted).success
              // Refused exactly when the file format would refuse it, and then said where and why.
              if (attempted !== model) expect(problem === null).toBe(valid)
              if (problem)
                expect(problem.message).toMatch(/dài quá|không đúng định dạng|không hợp lệ|không được/)
              else model = attempted
              expect(session.doc).toEqual(model)
            }
            expect(conferenceDocumentSchema.safeParse(session.doc).success).toBe(true)
          }
          // The disk comes back: everything the clerk did, before and after the failure, lands.
          diskBroken = false
          await session.flush()
          expect(disk).toEqual(model)
          expect(session.getSnapshot().saveState).toBe('saved')
          if (failedOnce) expect(recovery).toBeNull()
        } finally {
          session.dispose()
        }
      }),
      { numRuns: 150, seed: 20241226 }
    )
  })
})
