import type { ConferenceInfo } from './conference'

type Kind = ConferenceInfo['kind']
type Mode = ConferenceInfo['mode']

/**
 * The format a conference of this kind usually has: a nationwide online conference is held by
 * video link, the others in a hall. Only a default: the clerk may still choose otherwise.
 */
export function defaultModeForKind(kind: Kind): Mode {
  return kind === 'national-online' ? 'video' : 'in-person'
}

/**
 * The conference after the clerk picks another kind: the format follows the new kind's default,
 * unless the clerk had already chosen a format other than the old kind's default, which is kept.
 */
export function changeKind(info: ConferenceInfo, kind: Kind): ConferenceInfo {
  const followsDefault = info.mode === defaultModeForKind(info.kind)
  return { ...info, kind, mode: followsDefault ? defaultModeForKind(kind) : info.mode }
}
