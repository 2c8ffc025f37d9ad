import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { buildRunningScript, type ScriptPassage } from '../../../shared/documents/buildRunningScript'
import { normalizeMultilineText } from '../../../shared/text/normalizeText'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import { clearScriptEdit, setScriptEdit } from './documentSettingsEdits'

/**
 * The MC's running script, passage by passage. The passages come from the same shared builder
 * the main side prints with (documents:script), run here on the live document so a rewrite or an
 * agenda change shows at once without a round trip.
 */
export function ScriptEditor() {
  const { t } = useTranslation('documents')
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  const lang = doc.documents.labelLang
  const passages = useMemo(() => buildRunningScript(doc, lang), [doc, lang])
  const edits = passages.filter((passage) => passage.edited).length
  return (
    <section className="script-editor" aria-labelledby="script-heading">
      <h3 id="script-heading">{t('script.heading')}</h3>
      <p className="muted small">{t('script.hint', { count: edits })}</p>
      <ol className="script-passages">
        {passages.map((passage, index) => (
          <PassageEditor
            key={passage.id}
            index={index + 1}
            passage={passage}
            readOnly={readOnly}
            onChange={(words) =>
              session.update((current) => setScriptEdit(current, passage.id, words), {
                coalesceKey: `documents.script.${passage.id}`
              })
            }
            onRestore={() => session.update((current) => clearScriptEdit(current, passage.id))}
          />
        ))}
      </ol>
    </section>
  )
}

interface PassageEditorProps {
  index: number
  passage: ScriptPassage
  readOnly: boolean
  onChange: (words: string) => void
  onRestore: () => void
}

function PassageEditor({ index, passage, readOnly, onChange, onRestore }: PassageEditorProps) {
  const { t } = useTranslation('documents')
  const id = `passage-${passage.id}`
  // About 130 characters fit a line of the wide textarea; a passage opens at its own height.
  const lines = passage.words
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 130)), 0)
  return (
    <li className={passage.edited ? 'script-passage edited' : 'script-passage'} data-passage-id={passage.id}>
      <div className="passage-head">
        <span className="passage-no">{index}.</span>
        <label htmlFor={id} className="passage-item">
          {passage.item}
        </label>
        <span className="muted small passage-actor">{passage.actor}</span>
        <span className="spacer" />
        {passage.edited && (
          <>
            <span className="badge edited-badge">{t('script.edited')}</span>
            <button className="link-button" onClick={onRestore} disabled={readOnly}>
              {t('script.restore')}
            </button>
          </>
        )}
      </div>
      <textarea
        id={id}
        value={passage.words}
        rows={Math.min(16, Math.max(2, lines + 1))}
        disabled={readOnly}
        onChange={(event) => onChange(event.target.value)}
        // Tidied (NFC, stray spaces) only when the clerk leaves, so typing with an IME is not disturbed.
        onBlur={(event) => {
          if (!passage.edited) return
          const clean = normalizeMultilineText(event.target.value)
          if (clean !== event.target.value) onChange(clean)
        }}
      />
    </li>
  )
}
