import { applyImport } from '../../../shared/importExport/applyImport'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { groupAwardsForCeremony } from '../../../shared/awards/groupAwards'
import type { Award } from '../../../shared/model/conference'
import { exportList, type ExportFormat } from '../agenda/exportList'
import { errorMessage } from '../api/client'
import { AwardCounts } from './AwardCounts'
import { patchAward, patchAwards } from './awardEdits'
import { newAward } from '../../../shared/model/defaults'
import { AwardsList } from './AwardsList'
import { CeremonyView } from './CeremonyView'
import { ImportWizard } from '../importing/ImportWizard'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import { useViewState } from '../state/viewState'
import '../agenda/agenda.css'
import '../outlines/outlines.css'
import './awards.css'

type View = 'list' | 'ceremony'

export function AwardsTab() {
  const { t } = useTranslation('awards')
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  // Kept across tab switches: the clerk comes back to the ceremony or the entry they had open.
  const [view, setView] = useViewState<View>('awards.view', 'list')
  const [selectedId, setSelectedId] = useViewState<string | null>('awards.selected', null)
  const [importing, setImporting] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const blocks = useMemo(
    () => groupAwardsForCeremony(doc.awards, doc.awardSettings.groupSize),
    [doc.awards, doc.awardSettings.groupSize]
  )
  const stageGroupOf = useMemo(() => {
    const map = new Map<string, number>()
    for (const block of blocks)
      for (const group of block.stageGroups) for (const award of group.awards) map.set(award.id, group.number)
    return map
  }, [blocks])

  const patch = (id: string, fields: Partial<Award>, field?: string) =>
    session.update(
      (current) => patchAward(current, id, fields),
      field ? { coalesceKey: `award.${id}.${field}` } : {}
    )
  const add = (recipientType: Award['recipientType']) => {
    const award = newAward(crypto.randomUUID(), {
      recipientType,
      category: recipientType === 'collective' ? 'title' : 'form'
    })
    session.update((current) => ({ ...current, awards: [...current.awards, award] }))
    setSelectedId(award.id)
    setView('list')
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-award-id="${award.id}"] input`)?.focus()
    )
  }
  const remove = (id: string) => {
    session.update((current) => ({ ...current, awards: current.awards.filter((award) => award.id !== id) }))
    if (selectedId === id) setSelectedId(null)
  }
  const onExport = async (format: ExportFormat) => {
    setMessage(null)
    try {
      const fileName = await exportList(session, 'awards', format)
      if (fileName) setMessage({ text: t('exported', { file: fileName }), error: false })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    }
  }

  return (
    <section className="tab-panel awards-tab" aria-labelledby="awards-heading">
      <div className="tab-head">
        <h2 id="awards-heading">{t('heading')}</h2>
        <div className="toolbar">
          <div className="view-switch" role="group" aria-label={t('views.label')}>
            <button
              aria-pressed={view === 'list'}
              className={view === 'list' ? 'on' : undefined}
              onClick={() => setView('list')}
            >
              {t('views.list')}
            </button>
            <button
              aria-pressed={view === 'ceremony'}
              className={view === 'ceremony' ? 'on' : undefined}
              onClick={() => setView('ceremony')}
            >
              {t('views.ceremony')}
            </button>
          </div>
          <button className="primary" onClick={() => add('collective')} disabled={readOnly}>
            {t('addCollective')}
          </button>
          <button onClick={() => add('individual')} disabled={readOnly}>
            {t('addIndividual')}
          </button>
          <button onClick={() => setImporting(true)} disabled={readOnly}>
            {t('import')}
          </button>
          <button onClick={() => void onExport('xlsx')} disabled={doc.awards.length === 0}>
            {t('exportXlsx')}
          </button>
          <button onClick={() => void onExport('csv')} disabled={doc.awards.length === 0}>
            {t('exportCsv')}
          </button>
        </div>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error banner' : 'ok-note'}>
          {message.text}
        </p>
      )}
      <AwardCounts awards={doc.awards} />
      {doc.awards.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : view === 'list' ? (
        <AwardsList
          doc={doc}
          readOnly={readOnly}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onPatch={patch}
          onDelete={remove}
          stageGroupOf={stageGroupOf}
        />
      ) : (
        <CeremonyView
          doc={doc}
          blocks={blocks}
          readOnly={readOnly}
          onGroupSize={(groupSize) =>
            session.update(
              (current) => ({ ...current, awardSettings: { ...current.awardSettings, groupSize } }),
              {
                coalesceKey: 'awardSettings.groupSize'
              }
            )
          }
          onMove={(awardId, stageGroup) =>
            session.update((current) => patchAward(current, awardId, { stageGroup }))
          }
          onPresenter={(ids, { delegateId, text }) =>
            session.update(
              (current) =>
                patchAwards(current, new Set(ids), { presenterId: delegateId, presenterText: text }),
              {
                coalesceKey: `stagePresenter.${ids.join(',')}`
              }
            )
          }
          onAuthorityTitle={(authority, authorityTitle) =>
            session.update(
              (current) =>
                patchAwards(
                  current,
                  new Set(
                    current.awards.filter((award) => award.authority === authority).map((award) => award.id)
                  ),
                  { authorityTitle }
                ),
              { coalesceKey: `authorityTitle.${authority}` }
            )
          }
          onReset={() =>
            session.update((current) => ({
              ...current,
              awards: current.awards.map((award) =>
                award.stageGroup === null ? award : { ...award, stageGroup: null }
              )
            }))
          }
        />
      )}
      {importing && (
        <ImportWizard
          kind="awards"
          onClose={() => setImporting(false)}
          onApply={(result) => {
            if (result.kind === 'awards') session.update((current) => applyImport(current, result))
          }}
        />
      )}
    </section>
  )
}
