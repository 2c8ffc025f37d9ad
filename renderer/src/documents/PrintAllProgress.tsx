import { useTranslation } from 'react-i18next'
import { formatNumber } from '../i18n'

export interface PrintProgress {
  done: number
  total: number
  label: string
}

/** "3 / 12 — Danh sách đại biểu": the last document written, so a long run visibly moves. */
export function PrintAllProgress({ progress }: { progress: PrintProgress | null }) {
  const { t, i18n } = useTranslation('documents')
  const done = progress?.done ?? 0
  const total = progress?.total ?? 0
  const text = progress
    ? t('printAll.progress', {
        done: formatNumber(done, i18n.language),
        total: formatNumber(total, i18n.language),
        label: progress.label
      })
    : t('printAll.starting')
  return (
    <div className="print-progress" role="status">
      <progress
        max={Math.max(1, total)}
        value={progress ? done : undefined}
        aria-label={t('printAll.progressLabel')}
      />
      <span className="print-progress-text">{text}</span>
    </div>
  )
}
