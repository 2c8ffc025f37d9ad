import type { Delegate } from '../model/conference'

/** A complete delegate for tests, with the given fields filled in. */
export function testDelegate(fields: Partial<Delegate> & Pick<Delegate, 'id' | 'name'>): Delegate {
  return {
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
    ...fields
  }
}
