import { useTranslation } from 'react-i18next'
import type { EditProblem } from '../../../shared/edits/checkField'
import { useSession, useSessionSnapshot } from '../state/sessionContext'

/** "Tab Đại biểu, dòng 12, Họ và tên": where a problem is, in the clerk's words. */
export function useProblemPlace(): (problem: EditProblem) => string {
  const { t } = useTranslation()
  return (problem) =>
    [
      t('edits.tab', { tab: t(`tabs.${problem.tab}`) }),
      problem.row !== null ? t('edits.row', { row: problem.row }) : null
    ]
      .filter(Boolean)
      .join(', ')
}

/**
 * After a save failed: what is wrong and where, in plain words, that nothing typed is lost (it is
 * in memory and in the recovery file), a button to the place, and one to try again.
 */
export function SaveProblemBanner({ onGoTo }: { onGoTo: (problem: EditProblem) => void }) {
  const { t } = useTranslation()
  const session = useSession()
  const { saveState, saveErrorCode, saveError, saveProblem, recoveryFile } = useSessionSnapshot()
  const place = useProblemPlace()
  // A file changed outside HoiNghi has its own banner (ConflictBanner).
  if (saveState !== 'error' || saveErrorCode === 'locked') return null
  return (
    <div className="workspace-banner save-problem-banner" role="alert">
      <strong>{t('edits.saveFailedTitle')}</strong>
      <span>
        {saveProblem
          ? t('edits.saveFailedBecause', { place: place(saveProblem), message: saveProblem.message })
          : t('edits.saveFailedIo', { message: saveError ?? '' })}{' '}
        {recoveryFile ? t('edits.keptInFile', { file: recoveryFile }) : t('edits.keptInMemory')}
      </span>
      {saveProblem && <button onClick={() => onGoTo(saveProblem)}>{t('edits.goTo')}</button>}
      <button onClick={() => void session.flush().catch(() => undefined)}>{t('actions.retry')}</button>
    </div>
  )
}

/** The last edit that was not taken, and why, where it was made. */
export function RefusedEditLine({ onGoTo }: { onGoTo: (problem: EditProblem) => void }) {
  const { t } = useTranslation()
  const { refusedEdit } = useSessionSnapshot()
  const place = useProblemPlace()
  if (!refusedEdit) return null
  return (
    <p className="workspace-status error refused-edit" role="alert">
      {t('edits.refused', { place: place(refusedEdit), message: refusedEdit.message })}{' '}
      <button className="link" onClick={() => onGoTo(refusedEdit)}>
        {t('edits.goTo')}
      </button>
    </p>
  )
}
