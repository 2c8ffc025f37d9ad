import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, errorMessage } from '../api/client'
import { Dialog } from '../components/Dialog'

/** The libraries HoiNghi ships, with their licences (their texts travel in each package). */
const LIBRARIES: [string, string][] = [
  ['Electron', 'MIT'],
  ['Chromium', 'BSD-3-Clause và các giấy phép kèm theo / and bundled licences'],
  ['React', 'MIT'],
  ['pdfkit', 'MIT'],
  ['pdf.js', 'Apache-2.0'],
  ['SheetJS (xlsx)', 'Apache-2.0'],
  ['ExcelJS', 'MIT'],
  ['docx', 'MIT'],
  ['Papa Parse', 'MIT'],
  ['iconv-lite', 'MIT'],
  ['lowdb', 'MIT'],
  ['zod', 'MIT'],
  ['i18next', 'MIT'],
  ['@dnd-kit', 'MIT'],
  ['@tanstack/react-virtual', 'MIT']
]

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('ship')
  const [info, setInfo] = useState<{ version: string; dataDir: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let alive = true
    call('app:info', {}).then(
      (value) => alive && setInfo(value),
      (caught: unknown) => alive && setError(errorMessage(caught))
    )
    return () => {
      alive = false
    }
  }, [])
  const openFolder = () =>
    call('app:openDataFolder', {}).catch((caught: unknown) => setError(errorMessage(caught)))
  return (
    <Dialog title={t('about.title')} onClose={onClose}>
      <div className="about-dialog">
        <p>
          <strong>HoiNghi</strong> {info ? t('about.version', { version: info.version }) : ''}
        </p>
        <p>{t('about.purpose')}</p>
        <h3>{t('about.dataFolder')}</h3>
        <p>
          <code data-testid="data-folder">{info?.dataDir ?? ''}</code>
        </p>
        <div className="dialog-actions">
          <button onClick={() => void openFolder()}>{t('about.openDataFolder')}</button>
        </div>
        <h3>{t('about.licences')}</h3>
        <p>{t('about.fontLicence')}</p>
        <p>{t('about.libraries')}</p>
        <ul className="about-libraries">
          {LIBRARIES.map(([name, licence]) => (
            <li key={name}>
              {name} — {licence}
            </li>
          ))}
        </ul>
        {error && (
          <p role="alert" className="error banner">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button className="primary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
