import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { TemplateButton } from '../ship/TemplateButton'
import { useTranslation } from 'react-i18next'
import type { ImportResult } from '../../../shared/importExport/convertRows'
import type { ImportOrigin } from '../../../shared/model/conference'
import type { ColumnMapping } from '../../../shared/importExport/detectHeader'
import { IMPORT_FIELDS, type ImportKind } from '../../../shared/importExport/importFields'
import { textEncodings, type EncodingChoice } from '../../../shared/text/legacy/detectEncoding'
import { computeAgendaTimes } from '../../../shared/agenda/computeAgendaTimes'
import { encodingMatters } from '../../../shared/importExport/encodingMatters'
import { call, errorMessage } from '../api/client'
import { Dialog } from '../components/Dialog'
import { SessionContext, useSessionSnapshot } from '../state/sessionContext'
import {
  pickImportFile,
  previewImport,
  releaseImport,
  type PreviewChoices,
  type WizardPreview
} from './importApi'
import { fieldTitle } from './fieldTitle'
import { snapshotBeforeImport } from './snapshotBeforeImport'
import { mappedFields, previewCell, type PreviewLookups } from './previewCells'
import './importing.css'

export interface ImportWizardProps {
  kind: ImportKind
  /**
   * Called once when the clerk confirms, with the records to add (and, for delegates, the venues
   * to create). Apply them in ONE session.update so a single Ctrl+Z takes the whole import back.
   * The wizard closes itself afterwards (it calls onClose).
   */
  onApply: (preview: ImportResult, origin: ImportOrigin) => void
  onClose: () => void
}

const PREVIEW_ROWS = 8
const PROBLEMS_SHOWN = 200

type Stage =
  | { step: 'picking' }
  | { step: 'loading'; fileName: string }
  | { step: 'ready' }
  | { step: 'failed'; message: string }

/**
 * Pick a file → check what the main side read (encoding, header row, column mapping, the first
 * converted rows, every problem by row and column) → import. Nothing touches the conference
 * until "Nhập" is pressed.
 */
export function ImportWizard({ kind, onApply, onClose }: ImportWizardProps) {
  const { t } = useTranslation('import')
  const { key, doc } = useSessionSnapshot()
  const [stage, setStage] = useState<Stage>({ step: 'picking' })
  const [preview, setPreview] = useState<WizardPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [createVenues, setCreateVenues] = useState(true)
  const [applyError, setApplyError] = useState<string | null>(null)
  const session = useContext(SessionContext)
  const token = useRef<string | null>(null)
  const request = useRef(0)
  // The conference as it was when the wizard opened: what the file's names resolve against.
  const docRef = useRef(doc)

  const load = useCallback(
    async (choices: PreviewChoices) => {
      const current = token.current
      if (current === null) return
      const ticket = ++request.current
      setBusy(true)
      try {
        const next = await previewImport(docRef.current, kind, current, choices)
        // A slower answer to an older choice must not overwrite a newer one.
        if (ticket === request.current) {
          setPreview(next)
          setStage({ step: 'ready' })
        }
      } catch (error) {
        if (ticket === request.current) setStage({ step: 'failed', message: errorMessage(error) })
      } finally {
        if (ticket === request.current) setBusy(false)
      }
    },
    [kind]
  )

  useEffect(() => {
    let alive = true
    pickImportFile(kind).then(
      (picked) => {
        if (!alive) {
          if (picked) void releaseImport(picked.token).catch(() => undefined)
          return
        }
        if (!picked) {
          onClose()
          return
        }
        token.current = picked.token
        setStage({ step: 'loading', fileName: picked.fileName })
        void load({ encoding: 'auto', sheet: null, headerRow: null, mapping: null })
      },
      (error: unknown) => alive && setStage({ step: 'failed', message: errorMessage(error) })
    )
    return () => {
      alive = false
      if (token.current !== null) void releaseImport(token.current).catch(() => undefined)
      token.current = null
    }
    // Picking happens once per wizard; onClose identity changes must not reopen the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const startTime = doc.conference.startTime
  const lookups = useMemo<PreviewLookups>(() => {
    const venues = new Map(doc.venues.map((venue) => [venue.id, venue.name]))
    for (const venue of preview?.result.newVenues ?? []) venues.set(venue.id, venue.name)
    const people = new Map(doc.delegates.map((delegate) => [delegate.id, delegate.name]))
    const timings =
      preview?.result.kind === 'agenda'
        ? new Map(
            computeAgendaTimes(preview.result.records, startTime).timings.map((timing) => [timing.id, timing])
          )
        : null
    return {
      agendaTime: (id) => {
        const timing = timings?.get(id)
        return timing && timing.start !== '' ? `${timing.start}–${timing.end}` : ''
      },
      venueName: (id) => (id === null ? '' : (venues.get(id) ?? '')),
      personName: (id) => (id === null ? '' : (people.get(id) ?? '')),
      label: (group, value) => t(`values.${group}.${value}`, { defaultValue: value })
    }
  }, [doc.venues, doc.delegates, startTime, preview, t])

  const choices = (patch: Partial<PreviewChoices>): PreviewChoices => ({
    encoding: preview?.encoding ?? 'auto',
    sheet: preview?.sheet ?? null,
    headerRow: preview?.headerRow ?? null,
    mapping: preview?.mapping ?? null,
    ...patch
  })

  const apply = async () => {
    if (!preview) return
    setBusy(true)
    setApplyError(null)
    // A snapshot first, so even an import applied long ago can be taken back from the History screen.
    const failure = await snapshotBeforeImport(
      session ? () => session.flush() : null,
      () =>
        call('history:snapshot', {
          key,
          reason: 'import',
          note: { file: preview.fileName.slice(0, 300), count: preview.result.records.length, kind }
        }),
      errorMessage
    )
    if (failure !== null) {
      setBusy(false)
      setApplyError(failure)
      return
    }
    onApply(createVenues ? preview.result : withoutNewVenues(preview.result), {
      file: preview.fileName.normalize('NFC').slice(0, 300),
      at: new Date().toISOString()
    })
    onClose()
  }

  const title = t(`title.${kind}`)
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="import-wizard" aria-busy={busy}>
        {kind === 'delegates' && <TemplateButton />}
        {stage.step === 'picking' && <p className="muted">{t('picking')}</p>}
        {stage.step === 'loading' && <p className="muted">{t('reading', { file: stage.fileName })}</p>}
        {stage.step === 'failed' && (
          <>
            <p role="alert" className="error banner">
              {stage.message}
            </p>
            <div className="dialog-actions">
              <button onClick={onClose}>{t('close')}</button>
            </div>
          </>
        )}
        {stage.step === 'ready' && preview && (
          <PreviewBody
            kind={kind}
            preview={preview}
            lookups={lookups}
            venuesUpdated={countVenuesUpdated(doc.venues, preview.result)}
            busy={busy}
            applyError={applyError}
            createVenues={createVenues}
            onCreateVenues={setCreateVenues}
            onEncoding={(encoding) => void load(choices({ encoding, mapping: null }))}
            onSheet={(sheet) => void load(choices({ sheet, headerRow: null, mapping: null }))}
            onHeaderRow={(headerRow) => void load(choices({ headerRow, mapping: null }))}
            onMapping={(mapping) => void load(choices({ mapping }))}
            onCancel={onClose}
            onImport={() => void apply()}
          />
        )}
      </div>
    </Dialog>
  )
}

/** Delegates keep their place in the file but lose the venue the clerk chose not to create. */
function withoutNewVenues(result: ImportResult): ImportResult {
  if (result.kind !== 'delegates' || result.newVenues.length === 0) return result
  const dropped = new Set(result.newVenues.map((venue) => venue.id))
  return {
    ...result,
    newVenues: [],
    records: result.records.map((record) =>
      record.venueId !== null && dropped.has(record.venueId) ? { ...record, venueId: null } : record
    )
  }
}

interface PreviewBodyProps {
  kind: ImportKind
  preview: WizardPreview
  lookups: PreviewLookups
  /** Venues of the file the conference already has: they are updated, not added again. */
  venuesUpdated: number
  busy: boolean
  /** Why the last press of "Nhập" did nothing (the save or the snapshot before it failed). */
  applyError: string | null
  createVenues: boolean
  onCreateVenues: (value: boolean) => void
  onEncoding: (encoding: EncodingChoice) => void
  onSheet: (sheet: string) => void
  onHeaderRow: (row: number) => void
  onMapping: (mapping: ColumnMapping) => void
  onCancel: () => void
  onImport: () => void
}

function PreviewBody(props: PreviewBodyProps) {
  const { t } = useTranslation('import')
  const { kind, preview, lookups, busy } = props
  const { result } = preview
  const mapped = new Set(Object.values(preview.mapping).filter((value) => value !== ''))
  // The agenda's start and length are worked out from whatever time columns the file has: show them
  // even when the file had no column of that name, so the clerk checks the programme's times.
  const fields = mappedFields(
    result,
    result.kind === 'agenda' ? new Set([...mapped, 'time', 'duration']) : mapped
  )
  const shown = Math.min(PREVIEW_ROWS, result.records.length)
  const problemRows = new Set(result.problems.map((problem) => problem.row)).size
  const fieldOptions = IMPORT_FIELDS[kind]
  const detected = preview.detectedEncoding

  return (
    <>
      <div className="import-settings">
        <p className="import-file">
          <span className="muted">{t('file')}</span> <strong>{preview.fileName}</strong>
        </p>
        {encodingMatters(preview.fileName) && (
          <label>
            {t('encoding')}
            <select
              name="encoding"
              value={preview.encoding}
              disabled={busy}
              onChange={(event) => props.onEncoding(event.target.value as EncodingChoice)}
            >
              <option value="auto">{t('encodingAuto', { detected: t(`encodings.${detected}`) })}</option>
              {textEncodings.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {t(`encodings.${encoding}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {preview.sheets.length > 1 && (
          <label>
            {t('sheet')}
            <select
              name="sheet"
              value={preview.sheet}
              disabled={busy}
              onChange={(event) => props.onSheet(event.target.value)}
            >
              {preview.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        )}
        <HeaderRowInput
          key={preview.headerRow}
          headerRow={preview.headerRow}
          max={1000}
          disabled={busy}
          onChange={props.onHeaderRow}
        />
        <p className="muted small header-hint">
          {t('headerRowHint', {
            row: preview.headerRow + 1,
            headers: preview.headers.filter(Boolean).join(' | ')
          })}
        </p>
      </div>

      <h3>{t('mappingHeading')}</h3>
      <table className="grid mapping-table" aria-label={t('mappingHeading')}>
        <thead>
          <tr>
            <th scope="col">{t('columnInFile')}</th>
            <th scope="col">{t('importAs')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.headers.map((header, column) => (
            <tr key={column}>
              <td>
                <span className="muted small">{columnLetter(column)}</span>{' '}
                {header || <em className="muted">{t('emptyHeader')}</em>}
              </td>
              <td>
                <select
                  aria-label={t('mapColumn', { header: header || columnLetter(column) })}
                  value={preview.mapping[String(column)] ?? ''}
                  disabled={busy}
                  onChange={(event) =>
                    props.onMapping({ ...preview.mapping, [String(column)]: event.target.value })
                  }
                >
                  <option value="">{t('skipColumn')}</option>
                  {fieldOptions.map((field) => (
                    <option key={field.key} value={field.key}>
                      {fieldTitle(t, kind, field)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('previewHeading', { shown, total: result.records.length })}</h3>
      {shown === 0 ? (
        <p className="empty">
          {result.totalRows === 0 ? t('noDataRows', { row: preview.headerRow + 1 }) : t('nothingToImport')}
        </p>
      ) : (
        // Wide files scroll sideways: keyboard users need a stop here to scroll with the arrows.
        <div className="preview-scroll" tabIndex={0} role="region" aria-label={t('previewTable')}>
          <table className="grid preview-table" aria-label={t('previewTable')}>
            <thead>
              <tr>
                {fields.map((field) => (
                  <th key={field.key} scope="col">
                    {fieldTitle(t, kind, field)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: shown }, (_, index) => (
                <tr key={index}>
                  {fields.map((field) => (
                    <td key={field.key}>{previewCell(result, index, field.key, lookups)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {result.kind === 'delegates' && result.newVenues.length > 0 && (
        <div className="new-venues">
          <label className="check">
            <input
              type="checkbox"
              checked={props.createVenues}
              onChange={(event) => props.onCreateVenues(event.target.checked)}
            />
            {t('newVenues', { count: result.newVenues.length })}
          </label>
          <p className="small muted">{result.newVenues.map((venue) => venue.name).join('; ')}</p>
        </div>
      )}

      {result.problems.length > 0 && (
        <section className="import-problems" aria-label={t('problemsHeading')}>
          <h3>{t('problemsHeading')}</h3>
          <p className="small">{t('problemsSummary', { rows: problemRows })}</p>
          <ul>
            {result.problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
              <li key={index}>
                {t('problem', { row: problem.row, field: problem.field, message: problem.message })}
              </li>
            ))}
          </ul>
          {result.problems.length > PROBLEMS_SHOWN && (
            <p className="small muted">
              {t('moreProblems', { count: result.problems.length - PROBLEMS_SHOWN })}
            </p>
          )}
        </section>
      )}

      <p className="import-summary" role="status">
        {t('summary', { count: result.records.length, total: result.totalRows })}
        {props.venuesUpdated > 0 && ` ${t('venuesUpdated', { count: props.venuesUpdated })}`}
      </p>
      {props.applyError !== null && (
        <p role="alert" className="error banner">
          {t('snapshotFailed', { message: props.applyError })}
        </p>
      )}
      <div className="dialog-actions">
        <button onClick={props.onCancel}>{t('cancel')}</button>
        <button className="primary" disabled={busy || result.records.length === 0} onClick={props.onImport}>
          {t('importButton', { count: result.records.length })}
        </button>
      </div>
    </>
  )
}

function countVenuesUpdated(venues: readonly { id: string }[], result: ImportResult): number {
  if (result.kind !== 'venues') return 0
  const known = new Set(venues.map((venue) => venue.id))
  return result.records.filter((venue) => known.has(venue.id)).length
}

function HeaderRowInput({
  headerRow,
  max,
  disabled,
  onChange
}: {
  headerRow: number
  max: number
  disabled: boolean
  onChange: (row: number) => void
}) {
  const { t } = useTranslation('import')
  const [text, setText] = useState(String(headerRow + 1))
  const commit = () => {
    const row = Number(text)
    if (Number.isInteger(row) && row >= 1 && row - 1 !== headerRow) onChange(row - 1)
    else setText(String(headerRow + 1))
  }
  return (
    <label>
      {t('headerRow')}
      <input
        name="headerRow"
        type="number"
        min={1}
        max={Math.max(1, max)}
        value={text}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
    </label>
  )
}

function columnLetter(column: number): string {
  let n = column + 1
  let out = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    out = String.fromCharCode(65 + rest) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
