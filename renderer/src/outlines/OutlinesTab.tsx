import { useTranslation } from 'react-i18next'
import { followAgendaItem } from '../../../shared/outlines/followAgendaItem'
import type { Outline } from '../../../shared/model/conference'
import { outlineSkeleton } from '../../../shared/outlines/skeletons'
import { delegateLabel } from '../components/DelegatePicker'
import { OutlineEditor } from './OutlineEditor'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import { useViewState } from '../state/viewState'
import '../agenda/agenda.css'
import './outlines.css'

type Start = Outline['kind'] | 'empty'

const DEFAULT_MINUTES: Record<Outline['kind'], number> = { report: 35, speech: 20, discussion: 7 }

export function OutlinesTab() {
  const { t } = useTranslation('outlines')
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  // Kept across tab switches: the outline being written stays open while the clerk checks the agenda.
  const [selectedId, setSelectedId] = useViewState<string | null>('outlines.selected', null)
  const [start, setStart] = useViewState<Start>('outlines.start', 'report')
  const selected = doc.outlines.find((outline) => outline.id === selectedId) ?? doc.outlines[0]

  const add = () => {
    const kind = start === 'empty' ? 'report' : start
    const outline: Outline = {
      id: crypto.randomUUID(),
      title:
        start === 'empty'
          ? ''
          : t(`skeletonTitles.${start}`, { period: doc.conference.period || t('periodFallback') }),
      speakerId: null,
      agendaItemId: null,
      kind,
      allottedMin: DEFAULT_MINUTES[kind],
      status: 'draft',
      sections: start === 'empty' ? [] : outlineSkeleton(start, () => crypto.randomUUID())
    }
    session.update((current) => ({ ...current, outlines: [...current.outlines, outline] }))
    setSelectedId(outline.id)
  }
  const remove = (outline: Outline) => {
    if (!window.confirm(t('confirmDelete', { title: outline.title || t('untitled') }))) return
    session.update((current) => ({
      ...current,
      outlines: current.outlines.filter((item) => item.id !== outline.id)
    }))
    setSelectedId(null)
  }
  const speakerName = (outline: Outline) => {
    const timing = followAgendaItem(outline, doc.agenda)
    const speaker = doc.delegates.find((delegate) => delegate.id === timing.speakerId)
    return speaker ? delegateLabel(speaker) : timing.speakerText || t('noSpeaker')
  }

  return (
    <section className="tab-panel outlines-tab" aria-labelledby="outlines-heading">
      <div className="tab-head">
        <h2 id="outlines-heading">{t('heading')}</h2>
        <div className="toolbar">
          <label className="inline-field">
            {t('startFrom')}
            <select
              value={start}
              onChange={(event) => setStart(event.target.value as Start)}
              disabled={readOnly}
            >
              <option value="report">{t('skeletons.report')}</option>
              <option value="speech">{t('skeletons.speech')}</option>
              <option value="discussion">{t('skeletons.discussion')}</option>
              <option value="empty">{t('skeletons.empty')}</option>
            </select>
          </label>
          <button className="primary" onClick={add} disabled={readOnly}>
            {t('add')}
          </button>
        </div>
      </div>
      {doc.outlines.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <div className="outlines-layout">
          <nav aria-label={t('listLabel')}>
            <ul className="outline-list">
              {doc.outlines.map((outline) => (
                <li key={outline.id} className={outline.id === selected?.id ? 'selected' : undefined}>
                  <button
                    className="outline-pick"
                    aria-current={outline.id === selected?.id ? 'true' : undefined}
                    onClick={() => setSelectedId(outline.id)}
                  >
                    <span className="outline-title">{outline.title || t('untitled')}</span>
                    <span className="muted small">
                      {t(`kinds.${outline.kind}`)} · {t(`statuses.${outline.status}`)} ·{' '}
                      {speakerName(outline)}
                    </span>
                  </button>
                  <button
                    className="danger small"
                    disabled={readOnly}
                    aria-label={t('delete', { title: outline.title || t('untitled') })}
                    title={t('delete', { title: outline.title || t('untitled') })}
                    onClick={() => remove(outline)}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected && <OutlineEditor key={selected.id} outline={selected} />}
        </div>
      )}
    </section>
  )
}
