import type { Migration } from './migration'

/**
 * Version 2 printed the agenda's number line with a blank for the văn thư to fill by hand; version 3
 * stores the number. Older files start with it empty, which prints exactly as before.
 */
export const addAgendaNumber: Migration = {
  from: 2,
  name: '002-add-agenda-number',
  up(doc) {
    const documents = doc['documents']
    const settings =
      documents !== null && typeof documents === 'object' && !Array.isArray(documents)
        ? (documents as Record<string, unknown>)
        : null
    return {
      ...doc,
      schemaVersion: 3,
      // A malformed settings object is left for validation to report, not papered over here.
      documents: settings ? { agendaNumber: '', ...settings } : documents
    }
  }
}
