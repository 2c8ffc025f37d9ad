import type { Award } from '../model/conference'

/** A complete award for tests, with the given fields filled in. */
export function testAward(fields: Partial<Award> & Pick<Award, 'id'>): Award {
  return {
    category: 'form',
    form: 'Bằng khen',
    authority: 'UBND tỉnh Hà Tĩnh',
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
