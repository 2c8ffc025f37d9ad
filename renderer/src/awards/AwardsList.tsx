import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { guessAwardCategory } from '../../../shared/awards/awardCategory'
import {
  awardCategories,
  recipientTypes,
  type Award,
  type ConferenceDocument
} from '../../../shared/model/conference'
import { formatDate } from '../i18n'
import { CellText } from '../components/CellInputs'
import { DelegatePicker, delegateLabel } from '../components/DelegatePicker'
import { BoundSelect, BoundText } from '../components/BoundField'
import { DateTimeField } from '../components/DateTimeInput'

export interface AwardsListProps {
  doc: ConferenceDocument
  readOnly: boolean
  selectedId: string | null
  onSelect: (id: string | null) => void
  onPatch: (id: string, patch: Partial<Award>, field?: string) => void
  onDelete: (id: string) => void
  stageGroupOf: ReadonlyMap<string, number>
}

/** The entries as a compact table; the selected entry's other fields open in a form below it. */
export function AwardsList({
  doc,
  readOnly,
  selectedId,
  onSelect,
  onPatch,
  onDelete,
  stageGroupOf
}: AwardsListProps) {
  const { t, i18n } = useTranslation('awards')
  const formsId = useId()
  const authoritiesId = useId()
  const names = [...doc.awardSettings.titles, ...doc.awardSettings.forms]
  const authorities = [
    ...new Set(doc.awards.map((award) => award.authority).filter((text) => text.trim() !== ''))
  ]
  const selected = doc.awards.find((award) => award.id === selectedId)
  const setForm = (award: Award, form: string) =>
    // The category follows the name typed; the clerk can still change it after.
    onPatch(award.id, { form, category: guessAwardCategory(form) }, 'form')
  return (
    <>
      <datalist id={formsId}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id={authoritiesId}>
        {authorities.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="table-scroll">
        <table className="grid awards-grid">
          <thead>
            <tr>
              <th className="num">{t('columns.no')}</th>
              <th>{t('columns.form')}</th>
              <th>{t('columns.category')}</th>
              <th>{t('columns.authority')}</th>
              <th>{t('columns.type')}</th>
              <th>{t('columns.recipient')}</th>
              <th>{t('columns.decision')}</th>
              <th className="num">{t('columns.group')}</th>
              <th>{t('columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.awards.map((award, index) => {
              const n = index + 1
              return (
                <tr
                  key={award.id}
                  data-award-id={award.id}
                  className={award.id === selectedId ? 'selected' : undefined}
                  onFocus={() => award.id !== selectedId && onSelect(award.id)}
                >
                  <td className="num">{n}</td>
                  <td>
                    <input
                      aria-label={t('row.form', { n })}
                      list={formsId}
                      value={award.form}
                      disabled={readOnly}
                      onChange={(event) => setForm(award, event.target.value)}
                      onBlur={(event) => {
                        const clean = event.target.value.normalize('NFC').replace(/\s+/g, ' ').trim()
                        if (clean !== event.target.value) setForm(award, clean)
                      }}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('row.category', { n })}
                      value={award.category}
                      disabled={readOnly}
                      onChange={(event) =>
                        onPatch(award.id, { category: event.target.value as Award['category'] })
                      }
                    >
                      {awardCategories.map((category) => (
                        <option key={category} value={category}>
                          {t(`categories.${category}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={t('row.authority', { n })}
                      list={authoritiesId}
                      value={award.authority}
                      disabled={readOnly}
                      onChange={(event) => onPatch(award.id, { authority: event.target.value }, 'authority')}
                      onBlur={(event) => {
                        const clean = event.target.value.normalize('NFC').replace(/\s+/g, ' ').trim()
                        if (clean !== event.target.value) onPatch(award.id, { authority: clean })
                      }}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('row.type', { n })}
                      value={award.recipientType}
                      disabled={readOnly}
                      onChange={(event) =>
                        onPatch(award.id, { recipientType: event.target.value as Award['recipientType'] })
                      }
                    >
                      {recipientTypes.map((type) => (
                        <option key={type} value={type}>
                          {t(`types.${type}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="recipient-cell">
                    <CellText
                      label={t('row.recipient', { n })}
                      value={award.recipient}
                      disabled={readOnly}
                      onChange={(recipient) => onPatch(award.id, { recipient }, 'recipient')}
                    />
                    {award.recipientType === 'individual' && (award.rank || award.position || award.unit) && (
                      <span className="muted small">
                        {[award.rank, award.position, award.unit].filter(Boolean).join(', ')}
                      </span>
                    )}
                  </td>
                  <td className="small">
                    {award.decisionNumber}
                    {award.decisionDate && (
                      <span className="muted">
                        {' '}
                        {t('row.dated', { date: formatDate(award.decisionDate, i18n.language) })}
                      </span>
                    )}
                  </td>
                  <td className="num">
                    {stageGroupOf.get(award.id) ?? '—'}
                    {award.stageGroup !== null && <span title={t('ceremony.moved')}>*</span>}
                  </td>
                  <td className="row-actions">
                    <button
                      aria-expanded={award.id === selectedId}
                      aria-label={t('row.details', { n })}
                      // Focusing the row selects it; a mouse press must not, or the click that
                      // follows would close the details it had just opened.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => onSelect(award.id === selectedId ? null : award.id)}
                    >
                      {t('row.detailsShort')}
                    </button>
                    <button
                      className="danger"
                      disabled={readOnly}
                      aria-label={t('row.delete', { n })}
                      title={t('row.delete', { n })}
                      onClick={() => onDelete(award.id)}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {selected && (
        <AwardDetail
          key={selected.id}
          award={selected}
          n={doc.awards.indexOf(selected) + 1}
          doc={doc}
          readOnly={readOnly}
          onPatch={(patch, field) => onPatch(selected.id, patch, field)}
        />
      )}
    </>
  )
}

function AwardDetail({
  award,
  n,
  doc,
  readOnly,
  onPatch
}: {
  award: Award
  n: number
  doc: ConferenceDocument
  readOnly: boolean
  onPatch: (patch: Partial<Award>, field?: string) => void
}) {
  const { t } = useTranslation('awards')
  const individual = award.recipientType === 'individual'
  return (
    <section
      className="award-detail"
      aria-label={t('detail.title', { n, name: award.recipient || t('unnamed') })}
    >
      <h3>{t('detail.title', { n, name: award.recipient || t('unnamed') })}</h3>
      <div className="form-columns">
        <BoundText
          label={t('detail.decisionNumber')}
          value={award.decisionNumber}
          placeholder="123/QĐ-UBND"
          disabled={readOnly}
          checkAs={['award', 'decisionNumber']}
          onChange={(decisionNumber) => onPatch({ decisionNumber }, 'decisionNumber')}
        />
        <DateTimeField
          label={t('detail.decisionDate')}
          kind="date"
          value={award.decisionDate}
          disabled={readOnly}
          onChange={(decisionDate) => onPatch({ decisionDate }, 'decisionDate')}
        />
        {individual && (
          <>
            <div className="field">
              <span className="field-label">{t('detail.delegate')}</span>
              <DelegatePicker
                label={t('detail.delegate')}
                delegates={doc.delegates}
                freeText={false}
                value={{ delegateId: award.delegateId, text: '' }}
                disabled={readOnly}
                onChange={({ delegateId }) => {
                  const delegate = doc.delegates.find((item) => item.id === delegateId)
                  // Linking fills what is still empty from the delegate list, never overwrites.
                  onPatch({
                    delegateId,
                    recipient: award.recipient || delegate?.name || '',
                    rank: award.rank || delegate?.rank || '',
                    position: award.position || delegate?.position || '',
                    unit: award.unit || delegate?.unit || ''
                  })
                }}
              />
            </div>
            <BoundText
              label={t('detail.rank')}
              value={award.rank}
              disabled={readOnly}
              checkAs={['award', 'rank']}
              onChange={(rank) => onPatch({ rank }, 'rank')}
            />
            <BoundText
              label={t('detail.position')}
              value={award.position}
              disabled={readOnly}
              checkAs={['award', 'position']}
              onChange={(position) => onPatch({ position }, 'position')}
            />
            <BoundText
              label={t('detail.unit')}
              value={award.unit}
              disabled={readOnly}
              checkAs={['award', 'unit']}
              onChange={(unit) => onPatch({ unit }, 'unit')}
            />
          </>
        )}
        <div className="field">
          <span className="field-label">{t('detail.presenter')}</span>
          <DelegatePicker
            label={t('detail.presenter')}
            delegates={doc.delegates}
            value={{ delegateId: award.presenterId, text: award.presenterText }}
            disabled={readOnly}
            onChange={({ delegateId, text }) =>
              onPatch({ presenterId: delegateId, presenterText: text }, 'presenter')
            }
          />
        </div>
        <BoundText
          label={t('detail.achievement')}
          multiline
          value={award.achievement}
          disabled={readOnly}
          checkAs={['award', 'achievement']}
          onChange={(achievement) => onPatch({ achievement }, 'achievement')}
        />
        <BoundText
          label={t('detail.notes')}
          multiline
          value={award.notes}
          disabled={readOnly}
          checkAs={['award', 'notes']}
          onChange={(notes) => onPatch({ notes }, 'notes')}
        />
        <BoundSelect
          label={t('detail.category')}
          value={award.category}
          options={awardCategories.map((category) => ({
            value: category,
            label: t(`categories.${category}`)
          }))}
          disabled={readOnly}
          onChange={(category) => onPatch({ category })}
        />
      </div>
    </section>
  )
}

export function presenterName(
  doc: ConferenceDocument,
  presenterId: string | null,
  presenterText: string
): string {
  const delegate = presenterId !== null ? doc.delegates.find((item) => item.id === presenterId) : undefined
  return delegate ? delegateLabel(delegate) : presenterText
}
