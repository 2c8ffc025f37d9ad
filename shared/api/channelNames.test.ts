import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, EVENT_NAMES } from './channelNames'
import { channels } from './channels'
import { events } from './events'

describe('the plain name lists the preload uses', () => {
  it('name every channel of the contract, once, and nothing else', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(channels).sort())
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length)
  })

  it('name every event of the contract, once, and nothing else', () => {
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort())
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length)
  })
})
