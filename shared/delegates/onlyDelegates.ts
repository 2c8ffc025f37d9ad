import type { ConferenceDocument } from '../model/conference'

/**
 * The conference with only the given delegates (in their stored order), for printing or exporting
 * what the clerk is looking at: the filtered view or the selected rows. Everything else is left
 * as it is, so the list is laid out exactly as the full one. Undefined ids: the whole list.
 */
export function onlyDelegates(
  doc: ConferenceDocument,
  delegateIds: readonly string[] | undefined
): ConferenceDocument {
  if (delegateIds === undefined) return doc
  const wanted = new Set(delegateIds)
  return { ...doc, delegates: doc.delegates.filter((delegate) => wanted.has(delegate.id)) }
}
