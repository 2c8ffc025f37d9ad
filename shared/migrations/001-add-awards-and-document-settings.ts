import { defaultAwardSettings, defaultDocumentSettings } from '../model/defaults'
import type { Migration } from './migration'

/**
 * Version 1 files (the first builds) had no award grouping settings and no document settings:
 * give them the defaults a new conference gets, keeping everything else as it was.
 */
export const addAwardsAndDocumentSettings: Migration = {
  from: 1,
  name: '001-add-awards-and-document-settings',
  up(doc) {
    return {
      ...doc,
      schemaVersion: 2,
      awardSettings: doc['awardSettings'] ?? defaultAwardSettings(),
      documents: doc['documents'] ?? defaultDocumentSettings()
    }
  }
}
