import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HistoryDialog } from './HistoryDialog'

/** The toolbar entry to the History screen. */
export function HistoryButton({ onRestored }: { onRestored: (notice: string) => void }) {
  const { t } = useTranslation('history')
  const [open, setOpen] = useState(false)
  return (
    <>
      <button onClick={() => setOpen(true)} title={t('openHint')} aria-haspopup="dialog">
        {t('open')}
      </button>
      {open && (
        <HistoryDialog
          onClose={() => setOpen(false)}
          onRestored={(notice) => {
            setOpen(false)
            onRestored(notice)
          }}
        />
      )}
    </>
  )
}
