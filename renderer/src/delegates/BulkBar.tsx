import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  attendanceStates,
  delegateRoles,
  type Attendance,
  type DelegateRole,
  type Venue
} from '../../../shared/model/conference'
import { normalizeText } from '../../../shared/text/normalizeText'
import { VenuePicker } from '../components/VenuePicker'
import type { DelegatePatch } from './delegateOps'

/** Changes for all selected rows at once; each button is one undo step. */
export function BulkBar({
  count,
  venues,
  readOnly,
  onApply,
  onDelete,
  onClear
}: {
  count: number
  venues: readonly Venue[]
  readOnly: boolean
  onApply: (patch: DelegatePatch) => void
  onDelete: () => void
  onClear: () => void
}) {
  const { t } = useTranslation('delegates')
  const [venue, setVenue] = useState('')
  const [role, setRole] = useState<DelegateRole | ''>('')
  const [attendance, setAttendance] = useState<Attendance | ''>('')
  const [deputy, setDeputy] = useState('')
  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.label')}>
      <strong>{t('bulk.selected', { count })}</strong>
      <VenuePicker
        label={t('bulk.venue')}
        className="bulk-venue"
        venues={venues}
        before={[
          { value: '', label: '—' },
          { value: 'none', label: t('noVenue') }
        ]}
        value={venue}
        onChange={setVenue}
        disabled={readOnly}
      />
      <button
        disabled={readOnly || venue === ''}
        onClick={() => onApply({ venueId: venue === 'none' ? null : venue })}
      >
        {t('bulk.apply')}
      </button>
      <label>
        {t('bulk.role')}
        <select
          value={role}
          onChange={(event) => setRole(event.target.value as DelegateRole | '')}
          disabled={readOnly}
        >
          <option value="">—</option>
          {delegateRoles.map((item) => (
            <option key={item} value={item}>
              {t(`roles.${item}`)}
            </option>
          ))}
        </select>
      </label>
      <button disabled={readOnly || role === ''} onClick={() => role !== '' && onApply({ role })}>
        {t('bulk.apply')}
      </button>
      <label>
        {t('bulk.attendance')}
        <select
          name="bulkAttendance"
          value={attendance}
          onChange={(event) => setAttendance(event.target.value as Attendance | '')}
          disabled={readOnly}
        >
          <option value="">—</option>
          {attendanceStates.map((item) => (
            <option key={item} value={item}>
              {t(`attendance.${item}`)}
            </option>
          ))}
        </select>
      </label>
      {attendance === 'deputy' && (
        <label>
          {t('bulk.deputyName')}
          <input value={deputy} onChange={(event) => setDeputy(event.target.value)} disabled={readOnly} />
        </label>
      )}
      <button
        disabled={readOnly || attendance === ''}
        onClick={() => {
          if (attendance === '') return
          onApply(
            attendance === 'deputy' && normalizeText(deputy) !== ''
              ? { attendance, deputyName: normalizeText(deputy) }
              : { attendance }
          )
        }}
      >
        {t('bulk.applyAttendance')}
      </button>
      <span className="spacer" />
      <button className="danger" disabled={readOnly} onClick={onDelete}>
        {t('bulk.delete', { count })}
      </button>
      <button onClick={onClear}>{t('bulk.clear')}</button>
    </div>
  )
}
