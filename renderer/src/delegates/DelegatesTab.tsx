import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useViewState } from '../state/viewState'
import { useTranslation } from 'react-i18next'
import { sortByGivenName } from '../../../shared/delegates/sortByGivenName'
import {
  attendanceStates,
  delegateRoles,
  type Attendance,
  type DelegateRole
} from '../../../shared/model/conference'
import { VenuePicker } from '../components/VenuePicker'
import { BulkBar } from './BulkBar'
import { DelegateDetails } from './DelegateDetails'
import { DelegateTable, type ActiveCell, type Selection } from './DelegateTable'
import { COLUMNS, type ColumnKey } from './columns'
import { DuplicatesDialog } from './DuplicatesDialog'
import { PrecedencePreview } from './PrecedencePreview'
import { PrintView } from './PrintView'
import {
  addDelegate,
  applyDelegateImport,
  applyPrecedence,
  mergeAllGroups,
  mergeGroup,
  moveDelegate,
  removeDelegates,
  updateDelegates
} from './delegateOps'
import {
  NO_FILTERS,
  hasFilters,
  visibleDelegates,
  type DelegateFilters,
  type ViewOrder
} from './delegateView'
import { delegateSearchIndex } from './delegateSearch'
import { narrowSelection } from './narrowSelection'
import { useDuplicateGroups } from './useDuplicateGroups'
import { ExportButtons } from '../importing/ExportButtons'
import { ImportWizard } from '../importing/ImportWizard'
import { newRecordId } from '../importing/recordId'
import { formatNumber } from '../i18n'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import './delegates.css'
import '../venues/venues.css'

const EMPTY: Selection = { ids: new Set(), anchor: null }
/** "Go there" requests already acted on (by their time stamp). */
const takenGoTos = new Set<number>()

export function DelegatesTab() {
  const { t, i18n } = useTranslation('delegates')
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  const delegates = doc.delegates
  // Kept across tab switches: the clerk comes back to the same search, filters and order.
  const [filters, setFilters] = useViewState<DelegateFilters>('delegates.filters', NO_FILTERS)
  const [order, setOrder] = useViewState<ViewOrder>('delegates.order', 'protocol')
  const [selection, setSelection] = useState<Selection>(EMPTY)
  const [active, setActive] = useState<ActiveCell | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const [showDuplicates, setShowDuplicates] = useState(false)
  // The hint belongs to the document it describes: an undo (or any later edit) makes it stale.
  const [notice, setNotice] = useState<{ key: string; doc: typeof doc } | null>(null)
  const filterStarted = useRef<number | null>(null)
  const tableBox = useRef<HTMLDivElement>(null)

  // Folding is cached per delegate object: an edit of one delegate re-folds that one only.
  const index = useMemo(() => delegateSearchIndex(delegates), [delegates])
  const alphabetical = useMemo(
    () => (order === 'alphabetical' ? sortByGivenName(delegates) : null),
    [order, delegates]
  )
  const rows = useMemo(() => visibleDelegates(index, alphabetical, filters), [index, alphabetical, filters])
  // A search or filter hides rows: the selection shrinks to what is shown, so "Đã chọn N" and a bulk
  // edit or Delete never reach hidden delegates. Adjusted while rendering, before anything acts on it.
  const [shownRows, setShownRows] = useState(rows)
  if (shownRows !== rows) {
    setShownRows(rows)
    const narrowed = narrowSelection(selection, rows)
    if (narrowed !== selection) setSelection(narrowed)
  }
  const shownIds = useMemo(() => rows.map((delegate) => delegate.id), [rows])
  const storedIndex = useMemo(
    () => new Map(delegates.map((delegate, position) => [delegate.id, position])),
    [delegates]
  )
  const duplicates = useDuplicateGroups(delegates)
  const filtered = hasFilters(filters)
  const canDrag = order === 'protocol' && !filtered && !readOnly

  // Per-keystroke cost, from the input event to the frame after the list re-rendered, for the benchmark.
  useLayoutEffect(() => {
    const started = filterStarted.current
    if (started === null) return
    filterStarted.current = null
    requestAnimationFrame(() => {
      const box = tableBox.current
      if (box) box.dataset['filterMs'] = (performance.now() - started).toFixed(2)
    })
  }, [rows])

  const setFilter = (patch: Partial<DelegateFilters>) => {
    filterStarted.current = performance.now()
    setFilters((current) => ({ ...current, ...patch }))
  }

  // "Đi tới chỗ đó" from a refused edit or a failed save: show that row and its cell (or its
  // details). The request outlives this tab's mount, so each one is taken up once, while rendering.
  const [goTo] = useViewState<{ id: string; field: string; at: number } | null>('delegates.goTo', null)
  if (goTo && !takenGoTos.has(goTo.at)) {
    takenGoTos.add(goTo.at)
    if (delegates.some((delegate) => delegate.id === goTo.id)) {
      const column = COLUMNS.indexOf(goTo.field as ColumnKey)
      setActive({ id: goTo.id, column: column < 0 ? 0 : column })
      setSelection({ ids: new Set([goTo.id]), anchor: goTo.id })
    }
  }

  const activeDelegate = active ? delegates.find((delegate) => delegate.id === active.id) : undefined
  const selectedIds =
    selection.ids.size > 0 ? selection.ids : activeDelegate ? new Set([activeDelegate.id]) : new Set<string>()

  const add = () => {
    const id = newRecordId()
    const venueId = filters.venue !== '' && filters.venue !== 'none' ? filters.venue : null
    session.update((current) =>
      addDelegate(current, id, order === 'protocol' ? (active?.id ?? null) : null, { venueId })
    )
    // A new blank row would be hidden by a search; show it.
    if (filters.query !== '' || filters.role !== '' || filters.attendance !== '')
      setFilters({ ...NO_FILTERS, venue: filters.venue })
    setActive({ id, column: 0 })
    setSelection({ ids: new Set([id]), anchor: id })
    setAdded(id)
  }

  const remove = (ids: ReadonlySet<string>) => {
    if (ids.size === 0) return
    const first = delegates.find((delegate) => ids.has(delegate.id))
    const message =
      ids.size === 1
        ? t('confirmDeleteOne', { name: first?.name ?? '' })
        : t('confirmDeleteMany', { count: ids.size })
    if (!window.confirm(message)) return
    session.update((current) => removeDelegates(current, ids))
    setSelection(EMPTY)
    setActive(null)
  }

  const move = (id: string, target: { by: number } | { to: string }) => {
    if (!canDrag) return
    const from = storedIndex.get(id)
    if (from === undefined) return
    const to = 'by' in target ? from + target.by : storedIndex.get(target.to)
    if (to === undefined) return
    session.update((current) => moveDelegate(current, from, to))
  }

  const [previewOrder, setPreviewOrder] = useState(false)
  const suggestOrder = () => {
    session.update(applyPrecedence)
    setOrder('protocol')
    setNotice({ key: 'orderApplied', doc: session.getSnapshot().doc })
    setPreviewOrder(false)
  }

  const n = (value: number) => formatNumber(value, i18n.language)
  const venueFilterChoices = [
    { value: '', label: t('filters.all') },
    { value: 'none', label: t('noVenue') }
  ]
  return (
    <section className="tab-panel delegates-tab" aria-labelledby="delegates-heading">
      <div className="list-toolbar">
        <h2 id="delegates-heading">{t('heading')}</h2>
        <span className="spacer" />
        <button className="primary" onClick={add} disabled={readOnly} aria-keyshortcuts="Insert">
          {t('add')}
        </button>
        <button onClick={() => setImporting(true)} disabled={readOnly}>
          {t('import')}
        </button>
        <ExportButtons kind="delegates" sort={order === 'alphabetical' ? 'name' : 'protocol'} />
      </div>

      <div className="filter-bar" role="search">
        <input
          type="search"
          name="search"
          className="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('search')}
          value={filters.query}
          onChange={(event) => setFilter({ query: event.target.value })}
        />
        <VenuePicker
          label={t('filters.venue')}
          className="venue-filter"
          venues={doc.venues}
          before={venueFilterChoices}
          value={filters.venue}
          onChange={(venue) => setFilter({ venue })}
        />
        <label>
          {t('filters.role')}
          <select
            value={filters.role}
            onChange={(event) => setFilter({ role: event.target.value as DelegateRole | '' })}
          >
            <option value="">{t('filters.all')}</option>
            {delegateRoles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.attendance')}
          <select
            value={filters.attendance}
            onChange={(event) => setFilter({ attendance: event.target.value as Attendance | '' })}
          >
            <option value="">{t('filters.all')}</option>
            {attendanceStates.map((state) => (
              <option key={state} value={state}>
                {t(`attendance.${state}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered && <button onClick={() => setFilter(NO_FILTERS)}>{t('filters.clear')}</button>}
        <span className="count" role="status" data-testid="delegate-count">
          {t('shown', { shown: n(rows.length), total: n(delegates.length) })}
        </span>
      </div>

      <div className="order-bar">
        <div role="radiogroup" aria-label={t('order.label')} className="segmented">
          {(['protocol', 'alphabetical'] as const).map((value) => (
            <button
              key={value}
              role="radio"
              aria-checked={order === value}
              className={order === value ? 'on' : ''}
              onClick={() => setOrder(value)}
            >
              {t(`order.${value}`)}
            </button>
          ))}
        </div>
        <button onClick={() => setPreviewOrder(true)} disabled={readOnly || delegates.length < 2}>
          {t('order.suggest')}
        </button>
        <span className="muted small">{canDrag ? t('order.dragHint') : t('order.dragDisabled')}</span>
        <PrintView shownIds={shownIds} selectedIds={selection.ids} total={delegates.length} />
        {notice && notice.doc === doc && (
          <span className="notice small" role="status">
            {t(notice.key)}
          </span>
        )}
      </div>

      {duplicates.length > 0 && (
        <div className="duplicates-banner" role="status">
          <span>{t('duplicates.banner', { count: duplicates.length })}</span>
          <button onClick={() => setShowDuplicates(true)}>{t('duplicates.review')}</button>
        </div>
      )}

      {selection.ids.size > 1 && (
        <BulkBar
          count={selection.ids.size}
          venues={doc.venues}
          readOnly={readOnly}
          onApply={(patch) => session.update((current) => updateDelegates(current, selection.ids, patch))}
          onDelete={() => remove(selection.ids)}
          onClear={() => setSelection(EMPTY)}
        />
      )}

      <div className="delegates-layout">
        <div className="delegate-table-box" ref={tableBox} data-filter-ms="">
          <DelegateTable
            rows={rows}
            storedIndex={storedIndex}
            venues={doc.venues}
            selection={selection}
            active={active}
            canDrag={canDrag}
            readOnly={readOnly}
            onSelection={setSelection}
            onActive={setActive}
            onEdit={(id, patch, column) =>
              session.update((current) => updateDelegates(current, new Set([id]), patch), {
                coalesceKey: `delegate.${id}.${column}`
              })
            }
            onMove={move}
            onDelete={(ids) => remove(ids.size > 0 ? ids : selectedIds)}
            onAdd={add}
            editNew={added}
          />
        </div>
        {activeDelegate && (
          <DelegateDetails
            key={activeDelegate.id}
            delegate={activeDelegate}
            readOnly={readOnly}
            onChange={(patch, coalesceKey) =>
              session.update((current) => updateDelegates(current, new Set([activeDelegate.id]), patch), {
                coalesceKey
              })
            }
          />
        )}
      </div>
      <p className="muted small">{t('keyboardHint')}</p>

      {importing && (
        <ImportWizard
          kind="delegates"
          onClose={() => setImporting(false)}
          onApply={(result, origin) => {
            if (result.kind === 'delegates')
              session.update((current) => applyDelegateImport(current, result, origin))
          }}
        />
      )}
      {previewOrder && (
        <PrecedencePreview doc={doc} onApply={suggestOrder} onClose={() => setPreviewOrder(false)} />
      )}
      {showDuplicates && (
        <DuplicatesDialog
          groups={duplicates}
          delegates={delegates}
          venues={doc.venues}
          onMerge={(keepId, otherIds) => session.update((current) => mergeGroup(current, keepId, otherIds))}
          onMergeAll={(chosen) => session.update((current) => mergeAllGroups(current, duplicates, chosen))}
          onClose={() => setShowDuplicates(false)}
        />
      )}
    </section>
  )
}
