import type { Award } from '../model/conference'
import { foldForSearch } from '../text/foldForSearch'
import { authorityLevel } from './authorityLevel'

/** One batch of recipients called on stage together, with who hands the awards over. */
export interface StageGroup {
  /** Global across blocks: 1, 2, 3 … in the order the groups go on stage. */
  number: number
  presenterId: string | null
  presenterText: string
  awards: Award[]
}

/** All awards of one title or form from one authority: one heading in the list, one announcement by the MC. */
export interface AwardBlock {
  authority: string
  form: string
  category: Award['category']
  decisionNumbers: string[]
  collectives: Award[]
  individuals: Award[]
  stageGroups: StageGroup[]
}

const keyOf = (text: string) => foldForSearch(text)

/**
 * The ceremony order of an award list.
 * - Blocks by issuing authority (higher level first, e.g. Quân khu before UBND tỉnh; equal levels
 *   keep the order they first appear in), then by form in order of first appearance; collectives
 *   before individuals inside a block.
 * - Each block is cut into stage groups of at most groupSize, numbered across blocks.
 * - An award with stageGroup set is the clerk's manual move: numbering is computed as if it had not
 *   moved (so the other groups keep the numbers the clerk saw), then it joins group stageGroup,
 *   wherever that group is; a number beyond the existing groups opens a new group in its own
 *   block. Groups emptied by moves are dropped and numbers are not compacted, because the stored
 *   stageGroup values refer to them.
 * - The presenter of a group is the one named on most of its awards (ties: the first named).
 */
export function groupAwardsForCeremony(awards: readonly Award[], groupSize: number): AwardBlock[] {
  const size = Math.max(1, Math.floor(groupSize) || 1)
  const blocks = buildBlocks(awards)

  // Automatic numbering over every award, moved or not.
  const groupsByNumber = new Map<number, { block: AwardBlock; group: StageGroup }>()
  let next = 1
  for (const block of blocks) {
    const ordered = [...block.collectives, ...block.individuals]
    for (let start = 0; start < ordered.length; start += size) {
      const group: StageGroup = { number: next, presenterId: null, presenterText: '', awards: [] }
      for (const award of ordered.slice(start, start + size))
        if (award.stageGroup === null) group.awards.push(award)
      block.stageGroups.push(group)
      groupsByNumber.set(next, { block, group })
      next++
    }
  }

  // Manual moves, in list order within their target group.
  for (const block of blocks) {
    for (const award of [...block.collectives, ...block.individuals]) {
      if (award.stageGroup === null) continue
      let target = groupsByNumber.get(award.stageGroup)
      if (!target) {
        target = {
          block,
          group: { number: award.stageGroup, presenterId: null, presenterText: '', awards: [] }
        }
        block.stageGroups.push(target.group)
        groupsByNumber.set(award.stageGroup, target)
      }
      target.group.awards.push(award)
    }
  }

  for (const block of blocks) {
    block.stageGroups = block.stageGroups
      .filter((group) => group.awards.length > 0)
      .sort((a, b) => a.number - b.number)
    for (const group of block.stageGroups) Object.assign(group, mostCommonPresenter(group.awards))
  }
  return blocks
}

function buildBlocks(awards: readonly Award[]): AwardBlock[] {
  const byAuthority = new Map<string, { level: number; first: number; blocks: Map<string, AwardBlock> }>()
  awards.forEach((award, index) => {
    const authorityKey = keyOf(award.authority)
    let authority = byAuthority.get(authorityKey)
    if (!authority) {
      authority = { level: authorityLevel(award.authority), first: index, blocks: new Map() }
      byAuthority.set(authorityKey, authority)
    }
    const formKey = keyOf(award.form)
    let block = authority.blocks.get(formKey)
    if (!block) {
      block = {
        authority: award.authority,
        form: award.form,
        category: award.category,
        decisionNumbers: [],
        collectives: [],
        individuals: [],
        stageGroups: []
      }
      authority.blocks.set(formKey, block)
    }
    ;(award.recipientType === 'collective' ? block.collectives : block.individuals).push(award)
    const decision = award.decisionNumber.trim()
    if (decision !== '' && !block.decisionNumbers.includes(decision)) block.decisionNumbers.push(decision)
  })
  return [...byAuthority.values()]
    .sort((a, b) => b.level - a.level || a.first - b.first)
    .flatMap((authority) => [...authority.blocks.values()])
}

function mostCommonPresenter(awards: readonly Award[]): Pick<StageGroup, 'presenterId' | 'presenterText'> {
  const tally = new Map<string, { count: number; presenterId: string | null; presenterText: string }>()
  let best: { count: number; presenterId: string | null; presenterText: string } | null = null
  for (const award of awards) {
    const text = award.presenterText.trim()
    if (award.presenterId === null && text === '') continue
    const key = award.presenterId !== null ? `id:${award.presenterId}` : `text:${keyOf(text)}`
    const entry = tally.get(key) ?? { count: 0, presenterId: award.presenterId, presenterText: text }
    if (entry.presenterText === '' && text !== '') entry.presenterText = text
    entry.count++
    tally.set(key, entry)
    // Strictly greater: on a tie the presenter named first stays.
    if (!best || entry.count > best.count) best = entry
  }
  return best
    ? { presenterId: best.presenterId, presenterText: best.presenterText }
    : { presenterId: null, presenterText: '' }
}

export interface AwardCounts {
  byForm: Record<string, number>
  byAuthority: Record<string, number>
  collectives: number
  individuals: number
  total: number
}

/** Totals for the summary line of the award list; forms and authorities are counted as first spelled. */
export function countAwards(awards: readonly Award[]): AwardCounts {
  const counts: AwardCounts = {
    byForm: {},
    byAuthority: {},
    collectives: 0,
    individuals: 0,
    total: awards.length
  }
  const formLabel = new Map<string, string>()
  const authorityLabel = new Map<string, string>()
  const bump = (record: Record<string, number>, labels: Map<string, string>, text: string) => {
    const key = keyOf(text)
    const label = labels.get(key) ?? text.trim()
    labels.set(key, label)
    record[label] = (record[label] ?? 0) + 1
  }
  for (const award of awards) {
    bump(counts.byForm, formLabel, award.form)
    bump(counts.byAuthority, authorityLabel, award.authority)
    if (award.recipientType === 'collective') counts.collectives++
    else counts.individuals++
  }
  return counts
}
