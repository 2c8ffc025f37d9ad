import type { ConferenceDocument, DocumentSettings } from '../../../shared/model/conference'

/** The settings the form edits as plain text or choices; recipients and script edits have their own helpers. */
export type PlainSettingField = Exclude<keyof DocumentSettings, 'recipients' | 'scriptEdits'>

export function setDocumentSetting<K extends PlainSettingField>(
  doc: ConferenceDocument,
  field: K,
  value: DocumentSettings[K]
): ConferenceDocument {
  if (doc.documents[field] === value) return doc
  return { ...doc, documents: { ...doc.documents, [field]: value } }
}

/**
 * "Nơi nhận" is typed one recipient a line. While typing, blank lines are kept so the cursor can
 * sit on a fresh line; `tidy` (on leaving the field) drops them and trims each recipient.
 */
export function recipientsFromText(text: string, tidy: boolean): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (!tidy) return lines.length === 1 && lines[0] === '' ? [] : lines
  return lines.map((line) => line.normalize('NFC').replace(/\s+/g, ' ').trim()).filter((line) => line !== '')
}

export function recipientsToText(recipients: readonly string[]): string {
  return recipients.join('\n')
}

export function setRecipients(doc: ConferenceDocument, recipients: string[]): ConferenceDocument {
  const current = doc.documents.recipients
  if (current.length === recipients.length && current.every((line, index) => line === recipients[index]))
    return doc
  return { ...doc, documents: { ...doc.documents, recipients } }
}

/** The clerk's own words for one MC passage; they win over the generated text when printing. */
export function setScriptEdit(doc: ConferenceDocument, passageId: string, words: string): ConferenceDocument {
  if (doc.documents.scriptEdits[passageId] === words) return doc
  return {
    ...doc,
    documents: { ...doc.documents, scriptEdits: { ...doc.documents.scriptEdits, [passageId]: words } }
  }
}

/** Back to the generated words: the key goes, so later agenda changes flow into the passage again. */
export function clearScriptEdit(doc: ConferenceDocument, passageId: string): ConferenceDocument {
  if (!(passageId in doc.documents.scriptEdits)) return doc
  const rest = Object.fromEntries(
    Object.entries(doc.documents.scriptEdits).filter(([id]) => id !== passageId)
  )
  return { ...doc, documents: { ...doc.documents, scriptEdits: rest } }
}
