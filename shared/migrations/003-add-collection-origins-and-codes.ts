import type { Migration } from './migration'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Adds `extra` under every object of a list; anything malformed is left for validation to report. */
function withDefaults(list: unknown, extra: () => Json): unknown {
  return Array.isArray(list) ? list.map((item) => (isObject(item) ? { ...extra(), ...item } : item)) : list
}

/**
 * Version 4 records what version 3 could only guess or not keep at all: each venue's collection
 * status, the import a delegate came from, the agenda item an outline belongs to, the title of the
 * person who signs an award's decision, the issuer's own code for document numbers and whether name
 * cards print the unit. Every new field starts empty, which prints exactly as before.
 */
export const addCollectionOriginsAndCodes: Migration = {
  from: 3,
  name: '003-add-collection-origins-and-codes',
  up(doc) {
    const documents = doc['documents']
    return {
      ...doc,
      schemaVersion: 4,
      venues: withDefaults(doc['venues'], () => ({
        collection: { templateAt: '', replyFile: '', replyAt: '' }
      })),
      delegates: withDefaults(doc['delegates'], () => ({ importedFrom: null })),
      outlines: withDefaults(doc['outlines'], () => ({ agendaItemId: null })),
      awards: withDefaults(doc['awards'], () => ({ authorityTitle: '' })),
      documents: isObject(documents) ? { issuerCode: '', nameCardUnitLine: false, ...documents } : documents
    }
  }
}
