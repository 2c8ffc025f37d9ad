import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  outlineKinds,
  outlineStatuses,
  type Outline,
  type OutlineSection
} from '../../../shared/model/conference'
import { followAgendaItem } from '../../../shared/outlines/followAgendaItem'
import { numberSections } from '../../../shared/outlines/numberSections'
import { CellNumber } from '../components/CellInputs'
import { DelegatePicker } from '../components/DelegatePicker'
import { BoundSelect, BoundText } from '../components/BoundField'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import { editSections, newSection, patchOutline } from './outlineEdits'
import { ReadingTimeMeter } from './ReadingTimeMeter'
import { focusHeading, SectionList, type TreeActions } from './SectionTree'

export function OutlineEditor({ outline }: { outline: Outline }) {
  const { t } = useTranslation('outlines')
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  const set = (fields: Partial<Outline>, field?: string) =>
    session.update(
      (current) => patchOutline(current, outline.id, fields),
      field ? { coalesceKey: `outline.${outline.id}.${field}` } : {}
    )
  // Linked to an agenda item: its minutes and presenter, read now, never a stale copy.
  const timing = followAgendaItem(outline, doc.agenda)
  const speaker = doc.delegates.find((delegate) => delegate.id === timing.speakerId)
  const presenter = speaker ? [speaker.rank, speaker.name].filter(Boolean).join(' ') : timing.speakerText
  const numbers = useMemo(
    () => new Map(numberSections(outline.sections).map((numbered) => [numbered.id, numbered])),
    [outline.sections]
  )
  const fullNumbers = useMemo(() => {
    const byPath = new Map<string, string>()
    const out = new Map<string, string>()
    for (const numbered of numberSections(outline.sections)) {
      const parent = byPath.get(numbered.path.slice(0, -1).join('/'))
      const full = parent ? `${parent}.${numbered.number}` : numbered.number
      byPath.set(numbered.path.join('/'), full)
      out.set(numbered.id, full)
    }
    return out
  }, [outline.sections])
  const actions: TreeActions = {
    numbers,
    fullNumbers,
    readOnly,
    edit: (change: (sections: OutlineSection[]) => OutlineSection[], field?: string) =>
      session.update(
        (current) => editSections(current, outline.id, change),
        field ? { coalesceKey: `outline.${outline.id}.${field}` } : {}
      )
  }
  const addTop = () => {
    const section = newSection()
    actions.edit((sections) => [...sections, section])
    focusHeading(section.id)
  }
  return (
    <div className="outline-editor">
      <div className="outline-meta">
        <BoundText
          label={t('fields.title')}
          name="outline-title"
          value={outline.title}
          disabled={readOnly}
          checkAs={['outline', 'title']}
          onChange={(title) => set({ title }, 'title')}
        />
        <div className="field">
          <label htmlFor={`outline-item-${outline.id}`}>{t('fields.agendaItem')}</label>
          <select
            id={`outline-item-${outline.id}`}
            name="outline-agenda-item"
            value={outline.agendaItemId ?? ''}
            disabled={readOnly}
            onChange={(event) => set({ agendaItemId: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">{t('fields.noAgendaItem')}</option>
            {doc.agenda.map((item, index) => (
              <option key={item.id} value={item.id}>
                {`${index + 1}. ${item.title || t('untitled')}`}
              </option>
            ))}
          </select>
        </div>
        {timing.item ? (
          <div className="field followed" data-testid="outline-follows">
            <span className="field-label">{t('fields.speaker')}</span>
            <output>{presenter || t('noSpeaker')}</output>
            <span className="field-label">{t('fields.allotted')}</span>
            <output>{t('followsMinutes', { minutes: timing.allottedMin })}</output>
            <span className="muted small">{t('followsItem')}</span>
          </div>
        ) : (
          <div className="field">
            <span className="field-label">{t('fields.speaker')}</span>
            <DelegatePicker
              label={t('fields.speaker')}
              name="outline-speaker"
              delegates={doc.delegates}
              freeText={false}
              value={{ delegateId: outline.speakerId, text: '' }}
              disabled={readOnly}
              onChange={({ delegateId }) => set({ speakerId: delegateId })}
            />
          </div>
        )}
        <BoundSelect
          label={t('fields.kind')}
          value={outline.kind}
          options={outlineKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          disabled={readOnly}
          onChange={(kind) => set({ kind })}
        />
        {!timing.item && (
          <div className="field">
            <span className="field-label">{t('fields.allotted')}</span>
            <CellNumber
              label={t('fields.allotted')}
              value={outline.allottedMin}
              max={600}
              disabled={readOnly}
              onChange={(allottedMin) => set({ allottedMin }, 'allotted')}
            />
          </div>
        )}
        <BoundSelect
          label={t('fields.status')}
          value={outline.status}
          options={outlineStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          disabled={readOnly}
          onChange={(status) => set({ status })}
        />
      </div>
      <ReadingTimeMeter outline={{ ...outline, allottedMin: timing.allottedMin }} />
      <div className="sections-head">
        <h3>{t('sections.heading')}</h3>
        <p className="muted small">{t('sections.keys')}</p>
      </div>
      {outline.sections.length === 0 ? (
        <p className="empty">{t('sections.empty')}</p>
      ) : (
        <SectionList sections={outline.sections} parentId={null} actions={actions} />
      )}
      <button onClick={addTop} disabled={readOnly}>
        {t('sections.addTop')}
      </button>
    </div>
  )
}
