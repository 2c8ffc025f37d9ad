import { useTranslation } from 'react-i18next'
import { suggestAuthorityTitle } from '../../../shared/awards/awardHeading'
import type { AwardBlock } from '../../../shared/awards/groupAwards'
import { normalizeText } from '../../../shared/text/normalizeText'
import type { Award, ConferenceDocument } from '../../../shared/model/conference'
import { CellNumber } from '../components/CellInputs'
import { DelegatePicker } from '../components/DelegatePicker'
import { presenterName } from './AwardsList'

export interface CeremonyViewProps {
  doc: ConferenceDocument
  blocks: readonly AwardBlock[]
  readOnly: boolean
  onGroupSize: (size: number) => void
  /** null puts the award back under the automatic grouping. */
  onMove: (awardId: string, group: number | null) => void
  onPresenter: (awardIds: readonly string[], presenter: { delegateId: string | null; text: string }) => void
  /** The title of who signs this authority's decisions ("Bộ trưởng Bộ Quốc phòng"), on all its awards. */
  onAuthorityTitle: (authority: string, title: string) => void
  onReset: () => void
}

/**
 * The order the awards are handed over: blocks by authority and form, cut into stage groups of at
 * most N. Moving a recipient stores its group number on the award; everything else stays automatic.
 */
export function CeremonyView({
  doc,
  blocks,
  readOnly,
  onGroupSize,
  onMove,
  onPresenter,
  onAuthorityTitle,
  onReset
}: CeremonyViewProps) {
  const { t } = useTranslation('awards')
  const numbers = blocks.flatMap((block) => block.stageGroups.map((group) => group.number))
  const nextNumber = Math.max(0, ...numbers) + 1
  const moved = doc.awards.filter((award) => award.stageGroup !== null).length
  const authorities = [...new Set(blocks.map((block) => block.authority))]
  return (
    <div className="ceremony">
      <div className="ceremony-tools">
        <label className="inline-field">
          {t('ceremony.groupSize')}
          <CellNumber
            label={t('ceremony.groupSize')}
            value={doc.awardSettings.groupSize}
            min={1}
            max={100}
            disabled={readOnly}
            onChange={onGroupSize}
          />
        </label>
        <button onClick={onReset} disabled={readOnly || moved === 0}>
          {t('ceremony.reset', { count: moved })}
        </button>
        <span className="muted small">{t('ceremony.hint')}</span>
      </div>
      {authorities.map((authority) => (
        <section
          key={authority}
          className="authority-block"
          aria-label={authority || t('counts.blank')}
          data-testid="authority-block"
        >
          <h3>
            {authority || t('counts.blank')}
            <span className="badge">
              {t('ceremony.authorityCount', {
                count: blocks
                  .filter((block) => block.authority === authority)
                  .reduce((sum, block) => sum + block.collectives.length + block.individuals.length, 0)
              })}
            </span>
          </h3>
          {authority.trim() !== '' && (
            <label className="inline-field authority-title">
              {t('ceremony.authorityTitle')}
              <input
                name="authorityTitle"
                value={
                  doc.awards.find((award) => award.authority === authority && award.authorityTitle !== '')
                    ?.authorityTitle ?? ''
                }
                placeholder={
                  suggestAuthorityTitle(authority) !== ''
                    ? t('ceremony.authorityTitleSuggested', { title: suggestAuthorityTitle(authority) })
                    : t('ceremony.authorityTitlePlaceholder')
                }
                maxLength={300}
                disabled={readOnly}
                onChange={(event) => onAuthorityTitle(authority, event.target.value)}
                onBlur={(event) => {
                  const clean = normalizeText(event.target.value)
                  if (clean !== event.target.value) onAuthorityTitle(authority, clean)
                }}
              />
            </label>
          )}
          {blocks
            .filter((block) => block.authority === authority)
            .map((block) => (
              <div key={`${block.authority}|${block.form}`} className="form-block">
                <h4>
                  {block.form || t('counts.blank')}{' '}
                  <span className="muted small">({t(`categories.${block.category}`)})</span>
                  {block.decisionNumbers.length > 0 && (
                    <span className="muted small">
                      {' '}
                      · {t('ceremony.decisions', { list: block.decisionNumbers.join(', ') })}
                    </span>
                  )}
                </h4>
                <div className="stage-groups">
                  {block.stageGroups.map((group) => {
                    const ids = group.awards.map((award) => award.id)
                    return (
                      <div
                        key={group.number}
                        className="stage-group"
                        data-testid="stage-group"
                        data-group={group.number}
                        role="group"
                        aria-label={t('ceremony.group', { number: group.number })}
                      >
                        <div className="stage-group-head">
                          <strong>{t('ceremony.group', { number: group.number })}</strong>
                          <span className="muted small">
                            {t('ceremony.recipients', { count: group.awards.length })}
                          </span>
                        </div>
                        <div className="stage-presenter">
                          <span className="muted small" aria-hidden="true">
                            {t('ceremony.presenterShort')}
                          </span>
                          <DelegatePicker
                            label={t('ceremony.presenterOf', { number: group.number })}
                            delegates={doc.delegates}
                            value={{
                              delegateId: group.presenterId,
                              text: group.presenterId === null ? group.presenterText : ''
                            }}
                            disabled={readOnly}
                            onChange={(presenter) => onPresenter(ids, presenter)}
                          />
                          {group.presenterId === null && group.presenterText === '' && (
                            <span className="row-warning">{t('ceremony.noPresenter')}</span>
                          )}
                          <span className="visually-hidden">
                            {presenterName(doc, group.presenterId, group.presenterText)}
                          </span>
                        </div>
                        <ol className="recipients">
                          {group.awards.map((award) => (
                            <Recipient
                              key={award.id}
                              award={award}
                              group={group.number}
                              numbers={numbers}
                              nextNumber={nextNumber}
                              readOnly={readOnly}
                              onMove={onMove}
                            />
                          ))}
                        </ol>
                      </div>
                    )
                  })}
                </div>
              </div>
            ))}
        </section>
      ))}
    </div>
  )
}

function Recipient({
  award,
  group,
  numbers,
  nextNumber,
  readOnly,
  onMove
}: {
  award: Award
  group: number
  numbers: readonly number[]
  nextNumber: number
  readOnly: boolean
  onMove: (awardId: string, group: number | null) => void
}) {
  const { t } = useTranslation('awards')
  const name = award.recipient || t('unnamed')
  return (
    <li className={award.stageGroup !== null ? 'recipient moved' : 'recipient'} data-award-id={award.id}>
      <span className="recipient-name">
        {name}
        {award.recipientType === 'individual' && award.unit && (
          <span className="muted small"> – {award.unit}</span>
        )}
        {award.stageGroup !== null && <span className="badge">{t('ceremony.moved')}</span>}
      </span>
      <select
        aria-label={t('ceremony.moveTo', { name })}
        value={String(group)}
        disabled={readOnly}
        onChange={(event) =>
          onMove(award.id, event.target.value === 'auto' ? null : Number(event.target.value))
        }
      >
        {award.stageGroup !== null && <option value="auto">{t('ceremony.auto')}</option>}
        {numbers.map((number) => (
          <option key={number} value={String(number)}>
            {t('ceremony.group', { number })}
          </option>
        ))}
        <option value={String(nextNumber)}>{t('ceremony.newGroup', { number: nextNumber })}</option>
      </select>
    </li>
  )
}
