import type { Delegate, DelegateRole, Venue } from '../model/conference'
import { positionLevel } from './positionLevel'
import { rankLevel } from './ranks'

export type PrecedenceFields = Pick<Delegate, 'role' | 'rank' | 'position' | 'partyPosts' | 'name'> &
  Partial<Pick<Delegate, 'id' | 'venueId'>>
export type PrecedenceVenue = Pick<Venue, 'id' | 'isMain' | 'chairId'>

/** Chairs, co-chairs and guests are introduced before everyone else, in this order. */
const ROLE_GROUP: Record<DelegateRole, number> = {
  chair: 0,
  'co-chair': 1,
  guest: 2,
  delegate: 3,
  reporter: 3,
  secretary: 3,
  other: 3
}

interface Keyed<T> {
  delegate: T
  /** Position of the delegate's venue block: 0 the main venue, then connected venues in venue order. */
  block: number
  group: number
  first: number
  second: number
}

/**
 * The SUGGESTED protocol order (thứ tự lễ tân): chair, co-chairs (in the clerk's order: which
 * force comes first is local custom), guests by the level of their post then rank, then everyone
 * else by rank then post. Ties keep the input order.
 *
 * With two venues or more (a video conference), that order holds at the main venue only (and for
 * people at no venue); then come the connected venues one by one in the venue list's order, each
 * led by its own chair (the venue's chairId, or a "Chủ trì" seated there), then its other people
 * by the same rules. A "Chủ trì" at a connected venue chairs that venue, not the conference, so
 * a Trung úy chairing a district venue never precedes the Thượng tướng co-chairing the conference.
 */
export function sortByPrecedence<T extends PrecedenceFields>(
  delegates: readonly T[],
  venues: readonly PrecedenceVenue[] = []
): T[] {
  const multiVenue = venues.length >= 2
  const mainId = venues.find((venue) => venue.isMain)?.id ?? venues[0]?.id ?? null
  const venueBlock = new Map<string, number>()
  const venueChair = new Map<string, string>()
  if (multiVenue) {
    let next = 1
    for (const venue of venues) {
      if (venue.id === mainId) continue
      venueBlock.set(venue.id, next++)
      if (venue.chairId !== null) venueChair.set(venue.id, venue.chairId)
    }
  }
  // Real lists repeat the same few ranks and posts hundreds of times: score each text once.
  const rankCache = new Map<string, number>()
  const postCache = new Map<string, number>()
  const keyed: Keyed<T>[] = delegates.map((delegate) => {
    const block = (delegate.venueId && venueBlock.get(delegate.venueId)) || 0
    let group = ROLE_GROUP[delegate.role]
    if (block > 0 && delegate.venueId) {
      // At a connected venue: its chair leads, and nobody else there is a conference chair.
      const chairId = venueChair.get(delegate.venueId)
      const isVenueChair =
        chairId !== undefined
          ? delegate.id !== undefined && delegate.id === chairId
          : delegate.role === 'chair'
      group = isVenueChair ? 0 : delegate.role === 'guest' ? 2 : 3
    }
    let rank = rankCache.get(delegate.rank)
    if (rank === undefined) rankCache.set(delegate.rank, (rank = rankLevel(delegate.rank)))
    const postKey = `${delegate.position}\u0000${delegate.partyPosts}`
    let post = postCache.get(postKey)
    if (post === undefined)
      postCache.set(postKey, (post = positionLevel(delegate.position, delegate.partyPosts)))
    // Guests come from upper levels, often civilian: their post says more than their rank.
    const [first, second] = group < 2 ? [0, 0] : group === 2 ? [post, rank] : [rank, post]
    return { delegate, block, group, first, second }
  })
  keyed.sort((a, b) => a.block - b.block || a.group - b.group || b.first - a.first || b.second - a.second)
  return keyed.map((entry) => entry.delegate)
}

/** Where each moved delegate was and will be (1-based), for the preview before the order is applied. */
export interface PrecedenceMove {
  id: string
  name: string
  from: number
  to: number
}

export function precedenceMoves<T extends PrecedenceFields & { id: string }>(
  before: readonly T[],
  after: readonly T[]
): PrecedenceMove[] {
  const was = new Map(before.map((delegate, index) => [delegate.id, index]))
  const moves: PrecedenceMove[] = []
  after.forEach((delegate, index) => {
    const from = was.get(delegate.id)
    if (from !== undefined && from !== index)
      moves.push({ id: delegate.id, name: delegate.name, from: from + 1, to: index + 1 })
  })
  return moves
}
