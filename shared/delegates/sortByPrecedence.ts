import type { Delegate, DelegateRole } from '../model/conference'
import { positionLevel } from './positionLevel'
import { rankLevel } from './ranks'

export type PrecedenceFields = Pick<Delegate, 'role' | 'rank' | 'position' | 'partyPosts' | 'name'>

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

/**
 * The SUGGESTED protocol order (thứ tự lễ tân): chair, co-chairs (in the clerk's order: which
 * force comes first is local custom), guests by the level of their post then rank, then everyone
 * else by rank then post. Ties keep the input order. Keys are computed once per delegate so the
 * comparison itself is plain arithmetic.
 */
export function sortByPrecedence<T extends PrecedenceFields>(delegates: readonly T[]): T[] {
  // Real lists repeat the same few ranks and posts hundreds of times: score each text once.
  const rankCache = new Map<string, number>()
  const postCache = new Map<string, number>()
  const keyed = delegates.map((delegate) => {
    const group = ROLE_GROUP[delegate.role]
    let rank = rankCache.get(delegate.rank)
    if (rank === undefined) rankCache.set(delegate.rank, (rank = rankLevel(delegate.rank)))
    const postKey = `${delegate.position}\u0000${delegate.partyPosts}`
    let post = postCache.get(postKey)
    if (post === undefined)
      postCache.set(postKey, (post = positionLevel(delegate.position, delegate.partyPosts)))
    // Guests come from upper levels, often civilian: their post says more than their rank.
    const [first, second] = group < 2 ? [0, 0] : group === 2 ? [post, rank] : [rank, post]
    return { delegate, group, first, second }
  })
  keyed.sort((a, b) => a.group - b.group || b.first - a.first || b.second - a.second)
  return keyed.map((entry) => entry.delegate)
}
