import type { Delegate } from '../model/conference'

/**
 * Who actually sits in a delegate's seat. One rule for the MC's script, the name cards and every
 * list: a delegate who sends a deputy ("deputy" with a deputy's name) is represented by the
 * deputy, under the deputy's own name, with no rank (the delegate's rank is not theirs) and the
 * delegate's post and unit, marked as attending in the delegate's place. A declined delegate
 * attends not at all; anyone else attends as listed.
 */
export interface AttendingPerson {
  delegate: Delegate
  /** The name printed and spoken. */
  name: string
  rank: string
  /** The delegate whose place a deputy takes, or null. */
  onBehalfOf: string | null
}

export function attendingPerson(delegate: Delegate): AttendingPerson | null {
  if (delegate.attendance === 'declined') return null
  const deputy = delegate.deputyName.trim()
  if (delegate.attendance === 'deputy' && deputy !== '')
    return { delegate, name: deputy, rank: '', onBehalfOf: delegate.name }
  return { delegate, name: delegate.name, rank: delegate.rank, onBehalfOf: null }
}

/** The delegate as the person who comes: the deputy's name and no rank in place of the delegate's. */
export function asAttending(delegate: Delegate): Delegate {
  const person = attendingPerson(delegate)
  if (!person || person.onBehalfOf === null) return delegate
  return { ...delegate, name: person.name, rank: person.rank }
}

/** "Trần Hồng Quảng (thay Nguyễn Hồng Phong)" for lists where the seat's owner must stay visible. */
export function listName(delegate: Delegate): string {
  const person = attendingPerson(delegate)
  if (!person || person.onBehalfOf === null) return delegate.name
  return `${person.name} (thay ${person.onBehalfOf})`
}
