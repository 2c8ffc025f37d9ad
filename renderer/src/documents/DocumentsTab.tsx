import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentEntryData } from '../../../shared/api/documentsChannels'
import { call, errorMessage, subscribe } from '../api/client'
import { DocumentList } from './DocumentList'
import { DocumentSettingsForm } from './DocumentSettingsForm'
import { PdfPreview, Spinner, type RenderedPdf } from './PdfPreview'
import { PrintAllProgress, type PrintProgress } from './PrintAllProgress'
import { ScriptEditor } from './ScriptEditor'
import type { ConferenceDocument } from '../../../shared/model/conference'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import '../documents/documents.css'

const VIEWS = ['documents', 'settings', 'script'] as const
type View = (typeof VIEWS)[number]

interface Notice {
  kind: 'ok' | 'error'
  text: string
}

export function DocumentsTab() {
  const { t } = useTranslation('documents')
  const session = useSession()
  const { key, doc } = useSessionSnapshot()
  const [view, setView] = useState<View>('documents')
  const [withWord, setWithWord] = useState(false)
  const [entries, setEntries] = useState<DocumentEntryData[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [rendered, setRendered] = useState<RenderedPdf | null>(null)
  const [renderedFrom, setRenderedFrom] = useState<ConferenceDocument | null>(null)
  const [previewBusy, setPreviewBusy] = useState(false)
  const [previewError, setPreviewError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [printing, setPrinting] = useState(false)
  const [progress, setProgress] = useState<PrintProgress | null>(null)
  const printingRef = useRef(false)
  const previewRequest = useRef(0)

  // The list depends on venues, outlines and two settings; it is read from the stored document,
  // so what is pending is saved first.
  const { venues, outlines } = doc
  const { venueSheets, labelLang } = doc.documents
  useEffect(() => {
    let alive = true
    const timer = setTimeout(() => {
      session
        .flush()
        .then(() => call('documents:list', { key }))
        .then(
          (list) => {
            if (!alive) return
            setEntries(list)
            setListError(null)
          },
          (error: unknown) => alive && setListError(errorMessage(error))
        )
    }, 200)
    return () => {
      alive = false
      clearTimeout(timer)
    }
  }, [session, key, venues, outlines, venueSheets, labelLang])

  // Subscribed for the tab's life, so no progress event is missed at the start of a run.
  useEffect(
    () =>
      subscribe('task:progress', (payload) => {
        if (printingRef.current && payload.taskId.startsWith('print-all')) setProgress(payload)
      }),
    []
  )

  const preview = async (entry: DocumentEntryData) => {
    const request = ++previewRequest.current
    setSelectedId(entry.id)
    setPreviewBusy(true)
    setPreviewError(null)
    try {
      await session.flush()
      const from = session.doc
      const result = await call('documents:render', { key, docId: entry.id })
      if (request !== previewRequest.current) return
      setRendered({
        docId: entry.id,
        title: entry.title,
        pdfBase64: result.pdfBase64,
        pages: result.pages,
        bytes: result.bytes
      })
      setRenderedFrom(from)
    } catch (error) {
      if (request === previewRequest.current) setPreviewError(errorMessage(error))
    } finally {
      if (request === previewRequest.current) setPreviewBusy(false)
    }
  }

  const runAction = async (entry: DocumentEntryData, action: 'save' | 'save-word' | 'open') => {
    setBusyId(entry.id)
    setNotice(null)
    try {
      await session.flush()
      if (action === 'save' || action === 'save-word') {
        const saved = await call('documents:save', {
          key,
          docId: entry.id,
          format: action === 'save-word' ? 'docx' : 'pdf'
        })
        if (saved)
          setNotice({ kind: 'ok', text: t('notice.saved', { title: entry.title, file: saved.fileName }) })
      } else {
        const opened = await call('documents:openInViewer', { key, docId: entry.id })
        setNotice({ kind: 'ok', text: t('notice.opened', { title: entry.title, file: opened.fileName }) })
      }
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) })
    } finally {
      setBusyId(null)
    }
  }

  const printAll = async () => {
    printingRef.current = true
    setPrinting(true)
    setProgress(null)
    setNotice(null)
    try {
      await session.flush()
      const result = await call('documents:printAll', {
        key,
        formats: withWord ? ['pdf', 'docx'] : ['pdf']
      })
      if (result) {
        setProgress({ done: result.files.length, total: result.files.length, label: t('printAll.finished') })
        setNotice({
          kind: 'ok',
          text: t(withWord ? 'notice.printedAllBoth' : 'notice.printedAll', {
            count: result.files.length,
            folder: result.folder
          })
        })
      } else setProgress(null)
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) })
    } finally {
      printingRef.current = false
      setPrinting(false)
    }
  }

  const stale = rendered !== null && renderedFrom !== null && renderedFrom !== doc
  const selected = entries?.find((entry) => entry.id === selectedId) ?? null

  return (
    <section className="tab-panel documents-tab" aria-labelledby="documents-heading">
      <div className="list-toolbar">
        <h2 id="documents-heading">{t('heading')}</h2>
        <div className="doc-views" role="group" aria-label={t('views.label')}>
          {VIEWS.map((name) => (
            <button
              key={name}
              className="doc-view-button"
              aria-pressed={view === name}
              onClick={() => {
                // A message about a file belongs to the list it came from, not to the next view.
                setNotice(null)
                setView(name)
              }}
            >
              {t(`views.${name}`)}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <label className="inline-check">
          <input type="checkbox" checked={withWord} onChange={(event) => setWithWord(event.target.checked)} />
          {t('printAll.withWord')}
        </label>
        <button
          className="primary"
          onClick={() => void printAll()}
          disabled={printing || busyId !== null}
          title={t('printAll.hint')}
        >
          {printing ? t('printAll.running') : t('printAll.button')}
        </button>
      </div>
      {(printing || progress) && <PrintAllProgress progress={progress} />}
      {notice && (
        <p
          className={notice.kind === 'error' ? 'error banner doc-notice' : 'ok-banner doc-notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}

      {view === 'settings' && <DocumentSettingsForm />}
      {view === 'script' && <ScriptEditor />}
      {view === 'documents' && (
        <div className="documents-layout">
          <div className="doc-list-pane">
            {listError && (
              <p role="alert" className="error banner">
                {listError}
              </p>
            )}
            {!entries && !listError && <Spinner label={t('list.loading')} />}
            {entries && (
              <DocumentList
                entries={entries}
                selectedId={selectedId}
                busyId={busyId}
                onPreview={(entry) => void preview(entry)}
                onSave={(entry) => void runAction(entry, 'save')}
                onSaveWord={(entry) => void runAction(entry, 'save-word')}
                onOpen={(entry) => void runAction(entry, 'open')}
              />
            )}
          </div>
          <div className="doc-preview-pane">
            {previewError && (
              <p role="alert" className="error banner">
                {previewError}
              </p>
            )}
            {stale && !previewBusy && (
              <p className="stale-note">
                {t('preview.stale')}{' '}
                <button onClick={() => selected && void preview(selected)} disabled={!selected}>
                  {t('preview.refresh')}
                </button>
              </p>
            )}
            {rendered ? (
              <>
                <h3 className="preview-title">{rendered.title}</h3>
                <PdfPreview key={rendered.docId} pdf={rendered} busy={previewBusy} />
              </>
            ) : previewBusy ? (
              <Spinner label={t('preview.rendering')} />
            ) : (
              <p className="empty">{t('preview.empty')}</p>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
