import { applyImport } from '../../../shared/importExport/applyImport'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CollectionBoard } from '../collect/CollectionBoard'
import { ExportButtons } from '../importing/ExportButtons'
import { ImportWizard } from '../importing/ImportWizard'
import { newRecordId } from '../importing/recordId'
import { filterVenues } from '../../../shared/venues/venueSearch'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import { useViewState } from '../state/viewState'
import { VenueEditor } from './VenueEditor'
import { VenueList } from './VenueList'
import { VenueTotalsBar } from './VenueTotalsBar'
import { addVenue, moveVenue, removeVenue, setMainVenue, updateVenue, venueTotals } from './venueOps'
import '../delegates/delegates.css'
import './venues.css'

export function VenuesTab() {
  const { t } = useTranslation('venues')
  const { t: tc } = useTranslation()
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  // Kept across tab switches, as the delegates' search is.
  const [query, setQuery] = useViewState<string>('venues.query', '')
  const totals = useMemo(() => venueTotals(doc), [doc])
  const shown = useMemo(() => filterVenues(doc.venues, query), [doc.venues, query])
  const number = useMemo(() => new Map(doc.venues.map((venue, index) => [venue.id, index + 1])), [doc.venues])
  const selected =
    shown.find((venue) => venue.id === chosenId) ??
    (query === '' ? doc.venues.find((venue) => venue.id === chosenId) : undefined) ??
    shown[0] ??
    null

  const focusVenue = (id: string) => {
    setChosenId(id)
    // The row exists after the next render; keep keyboard users on the row they moved or chose.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-venue-id="${id}"]`)?.focus())
  }

  const add = () => {
    const id = newRecordId()
    // A search would hide the new venue; show the whole list.
    setQuery('')
    session.update((current) =>
      addVenue(current, id, { name: t('newName', { n: current.venues.length + 1 }) })
    )
    setChosenId(id)
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>('.venue-editor input[name="name"]')?.select()
    )
  }

  const remove = (id: string) => {
    const venue = doc.venues.find((item) => item.id === id)
    if (!venue) return
    const listed = totals.perVenue.get(id)?.listed ?? 0
    if (!window.confirm(t('confirmDelete', { name: venue.name || t('unnamed'), count: listed }))) return
    const index = doc.venues.indexOf(venue)
    session.update((current) => removeVenue(current, id))
    const neighbour = doc.venues[index + 1] ?? doc.venues[index - 1]
    if (neighbour) focusVenue(neighbour.id)
  }

  const move = (from: number, to: number) => {
    const venue = doc.venues[from]
    session.update((current) => moveVenue(current, from, to))
    if (venue) focusVenue(venue.id)
  }

  return (
    <section className="tab-panel venues-tab" aria-labelledby="venues-heading">
      <div className="list-toolbar">
        <h2 id="venues-heading">{t('heading')}</h2>
        <span className="spacer" />
        <button className="primary" onClick={add} disabled={readOnly}>
          {t('add')}
        </button>
        <button onClick={() => setImporting(true)} disabled={readOnly}>
          {t('import')}
        </button>
        <ExportButtons kind="venues" />
      </div>
      <VenueTotalsBar totals={totals} />
      <div className="filter-bar" role="search">
        <input
          type="search"
          name="venueSearch"
          className="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {query !== '' && <button onClick={() => setQuery('')}>{t('clearSearch')}</button>}
        <span className="count" role="status" data-testid="venue-count">
          {t('shown', { shown: shown.length, total: doc.venues.length })}
        </span>
      </div>
      <p className="muted small">{query === '' ? t('hint') : t('hintFiltered')}</p>
      <div className="venues-layout">
        {shown.length === 0 && query !== '' ? (
          <p className="empty">{tc('venuePicker.noMatches')}</p>
        ) : (
          <VenueList
            venues={shown}
            canReorder={query === ''}
            numberOf={(id) => number.get(id) ?? 0}
            totals={totals}
            selectedId={selected?.id ?? null}
            readOnly={readOnly}
            onSelect={setChosenId}
            onMove={move}
            onDelete={remove}
          />
        )}
        {selected && (
          <VenueEditor
            key={selected.id}
            venue={selected}
            delegates={doc.delegates}
            readOnly={readOnly}
            onChange={(patch, coalesceKey) =>
              session.update((current) => updateVenue(current, selected.id, patch), { coalesceKey })
            }
            onMakeMain={() => session.update((current) => setMainVenue(current, selected.id))}
            onDelete={() => remove(selected.id)}
          />
        )}
      </div>
      <CollectionBoard />
      {importing && (
        <ImportWizard
          kind="venues"
          onClose={() => setImporting(false)}
          onApply={(result) => {
            if (result.kind === 'venues') session.update((current) => applyImport(current, result))
          }}
        />
      )}
    </section>
  )
}
