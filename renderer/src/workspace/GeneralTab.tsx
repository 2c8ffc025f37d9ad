import { useTranslation } from 'react-i18next'
import { conferenceKinds, conferenceModes, type ConferenceInfo } from '../../../shared/model/conference'
import { changeKind } from '../../../shared/model/defaultModeForKind'
import { DateTimeField } from '../components/DateTimeInput'
import { BoundSelect, BoundText } from '../components/BoundField'
import { useSession, useSessionSnapshot } from '../state/sessionContext'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export function GeneralTab() {
  const { t } = useTranslation()
  const session = useSession()
  const { doc, readOnly, fileName } = useSessionSnapshot()
  const info = doc.conference
  const set = <K extends keyof ConferenceInfo>(field: K, value: ConferenceInfo[K]) =>
    session.update((current) => ({ ...current, conference: { ...current.conference, [field]: value } }), {
      coalesceKey: `conference.${field}`
    })
  // Only whole HH:MM (or empty) reach the store; the field already sends nothing else.
  const setTime = (field: 'startTime' | 'endTime', value: string) => {
    if (value === '' || TIME.test(value)) set(field, value)
  }
  return (
    <section className="tab-panel general-tab" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('general.heading')}</h2>
      <div className="form-columns">
        <BoundText
          name="title"
          label={t('general.title')}
          value={info.title}
          checkAs={['conference', 'title']}
          onChange={(value) => set('title', value)}
          disabled={readOnly}
        />
        <BoundSelect
          name="kind"
          label={t('general.kind')}
          value={info.kind}
          options={conferenceKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          // The format follows the kind (a nationwide online conference is by video), in the same undo step.
          onChange={(value) =>
            session.update((current) => ({ ...current, conference: changeKind(current.conference, value) }))
          }
          disabled={readOnly}
        />
        <BoundText
          name="legalBasis"
          label={t('general.legalBasis')}
          value={info.legalBasis}
          placeholder={t('general.legalBasisPlaceholder')}
          multiline
          checkAs={['conference', 'legalBasis']}
          onChange={(value) => set('legalBasis', value)}
          disabled={readOnly}
        />
        <BoundText
          name="organiser"
          label={t('general.organiser')}
          value={info.organiser}
          checkAs={['conference', 'organiser']}
          onChange={(value) => set('organiser', value)}
          disabled={readOnly}
        />
        <DateTimeField
          name="date"
          kind="date"
          label={t('general.date')}
          value={info.date}
          onChange={(value) => set('date', value as ConferenceInfo['date'])}
          disabled={readOnly}
        />
        <DateTimeField
          name="startTime"
          kind="time"
          label={t('general.startTime')}
          value={info.startTime}
          onChange={(value) => setTime('startTime', value)}
          disabled={readOnly}
        />
        <DateTimeField
          name="endTime"
          kind="time"
          label={t('general.endTime')}
          value={info.endTime}
          onChange={(value) => setTime('endTime', value)}
          disabled={readOnly}
        />
        <BoundText
          name="place"
          label={t('general.place')}
          value={info.place}
          checkAs={['conference', 'place']}
          onChange={(value) => set('place', value)}
          disabled={readOnly}
        />
        <BoundText
          name="period"
          label={t('general.period')}
          value={info.period}
          placeholder={t('general.periodPlaceholder')}
          checkAs={['conference', 'period']}
          onChange={(value) => set('period', value)}
          disabled={readOnly}
        />
        <BoundSelect
          name="mode"
          label={t('general.mode')}
          value={info.mode}
          options={conferenceModes.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
          onChange={(value) => set('mode', value)}
          disabled={readOnly}
        />
      </div>
      <p className="muted small">{t('general.file', { file: fileName })}</p>
    </section>
  )
}
