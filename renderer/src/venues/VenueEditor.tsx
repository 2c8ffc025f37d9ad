import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Delegate, Venue } from '../../../shared/model/conference'
import { DelegatePicker } from '../components/DelegatePicker'
import { BoundText } from '../components/BoundField'

type EditableField = 'name' | 'place' | 'techContact' | 'techPhone' | 'testTime' | 'notes'

interface VenueEditorProps {
  venue: Venue
  delegates: readonly Delegate[]
  readOnly: boolean
  onChange: (patch: Partial<Omit<Venue, 'id' | 'isMain'>>, coalesceKey?: string) => void
  onMakeMain: () => void
  onDelete: () => void
}

/** Every field of one venue; typing in a field is one undo step per field. */
export function VenueEditor({
  venue,
  delegates,
  readOnly,
  onChange,
  onMakeMain,
  onDelete
}: VenueEditorProps) {
  const { t } = useTranslation('venues')
  const text = (field: EditableField, multiline = false, type: 'text' | 'tel' = 'text') => (
    <BoundText
      name={field}
      label={t(`fields.${field}`)}
      value={venue[field]}
      multiline={multiline}
      type={type}
      placeholder={t(`placeholders.${field}`, { defaultValue: '' })}
      disabled={readOnly}
      checkAs={['venue', field]}
      onChange={(value) => onChange({ [field]: value }, `venue.${venue.id}.${field}`)}
    />
  )
  return (
    <section className="venue-editor" aria-label={t('editorLabel', { name: venue.name || t('unnamed') })}>
      <div className="venue-editor-head">
        {venue.isMain ? (
          <span className="badge main-badge">{t('isMain')}</span>
        ) : (
          <button onClick={onMakeMain} disabled={readOnly}>
            {t('makeMain')}
          </button>
        )}
        <button className="danger" onClick={onDelete} disabled={readOnly} aria-keyshortcuts="Delete">
          {t('delete')}
        </button>
      </div>
      <div className="form-columns">
        {text('name')}
        {text('place')}
        <ChairPicker
          venue={venue}
          delegates={delegates}
          readOnly={readOnly}
          onChange={(chairId) => onChange({ chairId })}
        />
        <CountField
          value={venue.expectedCount}
          readOnly={readOnly}
          onChange={(expectedCount) => onChange({ expectedCount }, `venue.${venue.id}.expectedCount`)}
        />
        {text('techContact')}
        {text('techPhone', false, 'tel')}
        {text('testTime')}
        {text('notes', true)}
      </div>
    </section>
  )
}

function CountField({
  value,
  readOnly,
  onChange
}: {
  value: number | null
  readOnly: boolean
  onChange: (value: number | null) => void
}) {
  const { t } = useTranslation('venues')
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('fields.expectedCount')}</label>
      <input
        id={id}
        name="expectedCount"
        type="number"
        min={0}
        max={100000}
        step={1}
        value={value ?? ''}
        disabled={readOnly}
        onChange={(event) => {
          const raw = event.target.value
          if (raw === '') onChange(null)
          else {
            const count = Number(raw)
            if (Number.isInteger(count) && count >= 0 && count <= 100000) onChange(count)
          }
        }}
      />
    </div>
  )
}

/**
 * The chair is usually one of the venue's own delegates; the whole list is offered on request
 * (a provincial leader may chair a district venue). A searchable picker showing a few matches, not a
 * select with every delegate: 10,000 <option>s took two seconds to open the tab.
 */
function ChairPicker({
  venue,
  delegates,
  readOnly,
  onChange
}: {
  venue: Venue
  delegates: readonly Delegate[]
  readOnly: boolean
  onChange: (id: string | null) => void
}) {
  const { t } = useTranslation('venues')
  const [everyone, setEveryone] = useState(false)
  const candidates = useMemo(() => {
    const list = everyone ? delegates : delegates.filter((delegate) => delegate.venueId === venue.id)
    const current =
      venue.chairId === null ? undefined : delegates.find((delegate) => delegate.id === venue.chairId)
    return current && !list.includes(current) ? [current, ...list] : list
  }, [everyone, delegates, venue.id, venue.chairId])
  return (
    <div className="field">
      <span className="field-label">{t('fields.chair')}</span>
      <div className="chair-picker">
        <DelegatePicker
          label={t('fields.chair')}
          name="chair"
          delegates={candidates}
          value={{ delegateId: venue.chairId, text: '' }}
          freeText={false}
          disabled={readOnly}
          onChange={(value) => onChange(value.delegateId)}
        />
        {venue.chairId !== null && (
          <button type="button" onClick={() => onChange(null)} disabled={readOnly}>
            {t('clearChair')}
          </button>
        )}
      </div>
      <label className="check small">
        <input type="checkbox" checked={everyone} onChange={(event) => setEveryone(event.target.checked)} />
        {t('chairFromAll')}
      </label>
    </div>
  )
}
