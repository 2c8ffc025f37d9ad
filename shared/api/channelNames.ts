import type { ChannelName } from './channels'
import type { EventName } from './events'

/**
 * The names alone, as plain strings, for the preload: importing the contract itself would bundle
 * zod and every schema into it (303 KB, parsed by every window before the page starts). Type
 * imports vanish at build time, so this file costs the preload a few hundred bytes.
 *
 * A channel added to `channels` must be added here too: the compiler names it (MissingChannel
 * below), and channelNames.test.ts checks both lists against the contract.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'settings:get',
  'settings:set',
  'conferences:list',
  'conferences:create',
  'conferences:load',
  'conferences:save',
  'conferences:close',
  'conferences:rename',
  'conferences:duplicate',
  'conferences:trash',
  'conferences:listTrash',
  'conferences:restoreFromTrash',
  'conferences:openExternal',
  'conferences:saveCopy',
  'import:pickFile',
  'import:preview',
  'import:release',
  'export:write',
  'documents:list',
  'documents:render',
  'documents:script',
  'documents:save',
  'documents:openInViewer',
  'documents:printAll',
  'history:list',
  'history:snapshot',
  'history:restore',
  'recovery:listCandidates',
  'recovery:restore',
  'conflict:resolve',
  'collect:writeTemplates',
  'collect:pickReplies',
  'collect:readReplies',
  'collect:release',
  'collect:exportBoard',
  'app:openDataFolder',
  'backup:create',
  'backup:inspect',
  'backup:restore',
  'samples:openConference',
  'samples:saveImportTemplate',
  'conferences:keepUnsaved'
] as const satisfies readonly ChannelName[]

export const EVENT_NAMES = ['menu:command', 'task:progress'] as const satisfies readonly EventName[]

type MissingChannel = Exclude<ChannelName, (typeof CHANNEL_NAMES)[number]>
type MissingEvent = Exclude<EventName, (typeof EVENT_NAMES)[number]>
type Listed<Missing> = [Missing] extends [never] ? true : { notListed: Missing }
type Expect<T extends true> = T
/** Fails to compile, naming the channel or event, when one is declared but not listed above. */
export type NameListsComplete = [Expect<Listed<MissingChannel>>, Expect<Listed<MissingEvent>>]
