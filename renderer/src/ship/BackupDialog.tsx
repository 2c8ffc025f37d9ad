import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RestorePlanItem } from '../../../shared/backup/backupManifest'
import type { ChannelOutput } from '../../../shared/api/channels'
import { call, errorMessage } from '../api/client'
import { Dialog } from '../components/Dialog'
import { formatDateTime, formatNumber } from '../i18n'

type Inspected = NonNullable<ChannelOutput<'backup:inspect'>>
type Report = ChannelOutput<'backup:restore'>

/** "Sao lưu toàn bộ" and "Khôi phục từ bản sao lưu": the plan is shown, and newer conferences asked about, before anything is written. */
export function BackupDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const { t, i18n } = useTranslation('ship')
  const [includeSnapshots, setIncludeSnapshots] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [inspected, setInspected] = useState<Inspected | null>(null)
  const [overwrite, setOverwrite] = useState<Set<string>>(new Set())
  const [report, setReport] = useState<Report | null>(null)

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    setMessage(null)
    try {
      await action()
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  const create = () =>
    run(async () => {
      const done = await call('backup:create', { includeSnapshots })
      if (!done) return
      setMessage(
        t('backup.created', {
          conferences: done.conferences,
          snapshots: done.snapshots,
          file: done.fileName,
          size: `${formatNumber(Math.ceil(done.bytes / 1024), i18n.language)} KB`
        })
      )
    })

  const inspect = () =>
    run(async () => {
      setReport(null)
      const opened = await call('backup:inspect', {})
      setInspected(opened)
      setOverwrite(new Set())
    })

  const restore = () =>
    run(async () => {
      if (!inspected) return
      const done = await call('backup:restore', { token: inspected.token, overwrite: [...overwrite] })
      setReport(done)
      setInspected(null)
      onRestored()
    })

  const toggle = (item: RestorePlanItem) =>
    setOverwrite((current) => {
      const next = new Set(current)
      if (next.has(item.path)) next.delete(item.path)
      else next.add(item.path)
      return next
    })

  return (
    <Dialog title={t('backup.title')} onClose={onClose}>
      <div className="backup-dialog" aria-busy={busy}>
        <section aria-labelledby="backup-create">
          <h3 id="backup-create">{t('backup.create')}</h3>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeSnapshots}
              onChange={(event) => setIncludeSnapshots(event.target.checked)}
            />{' '}
            {t('backup.includeSnapshots')}
          </label>
          <div className="dialog-actions">
            <button className="primary" disabled={busy} onClick={() => void create()}>
              {t('backup.create')}…
            </button>
          </div>
        </section>
        <section aria-labelledby="backup-restore">
          <h3 id="backup-restore">{t('backup.restore')}</h3>
          <p className="muted">{t('backup.restoreHint')}</p>
          <div className="dialog-actions">
            <button disabled={busy} onClick={() => void inspect()}>
              {t('backup.restore')}…
            </button>
          </div>
          {inspected && (
            <>
              <p>
                {t('backup.plan', {
                  file: inspected.fileName,
                  createdAt: formatDateTime(inspected.createdAt, i18n.language)
                })}
              </p>
              <table className="grid">
                <thead>
                  <tr>
                    <th>{t('backup.columns.title')}</th>
                    <th>{t('backup.columns.action')}</th>
                    <th>{t('backup.columns.overwrite')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inspected.plan.map((item) => (
                    <tr key={item.path} data-action={item.action}>
                      <td>{item.title}</td>
                      <td>{t(`backup.actions.${item.action}`)}</td>
                      <td>
                        {item.action === 'keep-newer' && (
                          <input
                            type="checkbox"
                            aria-label={t('backup.overwriteLabel', { title: item.title })}
                            checked={overwrite.has(item.path)}
                            onChange={() => toggle(item)}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="dialog-actions">
                <button className="primary" disabled={busy} onClick={() => void restore()}>
                  {t('backup.confirm')}
                </button>
              </div>
            </>
          )}
          {report && (
            <div role="status">
              <p>
                {t('backup.report', {
                  restored: report.restored.length,
                  snapshots: report.snapshotsAdded,
                  unchanged: report.unchanged,
                  kept: report.keptNewer.length
                })}
              </p>
              {report.restored.length > 0 && (
                <>
                  <p>{t('backup.restoredList')}</p>
                  <ul>
                    {report.restored.map((item) => (
                      <li key={item.path}>{item.title}</li>
                    ))}
                  </ul>
                </>
              )}
              {report.keptNewer.length > 0 && (
                <>
                  <p>{t('backup.keptList')}</p>
                  <ul>
                    {report.keptNewer.map((item) => (
                      <li key={item.path}>{item.title}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </section>
        {message && <p role="status">{message}</p>}
        {error && (
          <p role="alert" className="error banner">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button onClick={onClose}>{t('common:actions.close')}</button>
        </div>
      </div>
    </Dialog>
  )
}
