import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SnapshotEntryData } from '../../../shared/api/safetyChannels'
import { call, errorMessage } from '../api/client'
import { Dialog } from '../components/Dialog'
import { formatNumber } from '../i18n'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import { formatKilobytes, formatSnapshotTime } from './formatSnapshot'
import './history.css'

interface HistoryDialogProps {
  onClose: () => void
  /** Called after the main side wrote the snapshot over the live file; the workspace reloads it. */
  onRestored: (notice: string) => void
}

/**
 * The snapshots of the open conference, newest first, with a manual snapshot and a restore
 * that asks first (the main side snapshots the current state before writing over it).
 */
export function HistoryDialog({ onClose, onRestored }: HistoryDialogProps) {
  const { t, i18n } = useTranslation('history')
  const session = useSession()
  const { key, readOnly } = useSessionSnapshot()
  const [entries, setEntries] = useState<SnapshotEntryData[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState<SnapshotEntryData | null>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const restoreButtons = useRef<Record<string, HTMLButtonElement | null>>({})

  const when = useCallback((iso: string) => formatSnapshotTime(iso, i18n.language), [i18n.language])
  // "Trước khi nhập toan-quoc-2024-dai-bieu.xlsx (1.143 đại biểu)": which import, not just that one happened.
  const reasonText = (entry: SnapshotEntryData) =>
    entry.note
      ? t('importOf', {
          file: entry.note.file,
          count: formatNumber(entry.note.count, i18n.language),
          what: t(`noteKinds.${entry.note.kind}`)
        })
      : t(`reasons.${entry.reason}`)

  const refresh = useCallback(async () => {
    try {
      setEntries(await call('history:list', { key }))
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }, [key])

  useEffect(() => {
    let alive = true
    call('history:list', { key }).then(
      (found) => alive && setEntries(found),
      (caught: unknown) => alive && setError(errorMessage(caught))
    )
    return () => {
      alive = false
    }
  }, [key])

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  const snapshotNow = async () => {
    setBusy(true)
    setError(null)
    setStatus(null)
    try {
      // The snapshot is of what is on disk: the last edits must be there first.
      await session.flush()
      await call('history:snapshot', { key, reason: 'manual' })
      await refresh()
      setStatus(t('snapshotTaken', { when: when(new Date().toISOString()) }))
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  const cancelConfirm = () => {
    const id = confirming?.snapshotId
    setConfirming(null)
    if (id) restoreButtons.current[id]?.focus()
  }

  const restore = async (entry: SnapshotEntryData) => {
    setBusy(true)
    setError(null)
    try {
      await session.flush()
      await call('history:restore', { key, snapshotId: entry.snapshotId })
      onRestored(t('restored', { when: when(entry.takenAt) }))
    } catch (caught) {
      setError(errorMessage(caught))
      setBusy(false)
    }
  }

  return (
    // Escape first backs out of a pending confirmation, then closes.
    <Dialog title={t('title')} onClose={() => (confirming ? cancelConfirm() : onClose())}>
      <div className="history-dialog">
        <p className="muted history-intro">{t('intro')}</p>
        <div className="history-toolbar">
          <button className="primary" onClick={() => void snapshotNow()} disabled={busy}>
            {t('snapshotNow')}
          </button>
          <span role="status" aria-live="polite" className="history-status">
            {status}
          </span>
        </div>
        {error && (
          <p role="alert" className="error banner">
            {error}
          </p>
        )}
        {readOnly && <p className="muted">{t('readOnlyNoRestore')}</p>}
        {entries === null ? (
          <p>{t('loading')}</p>
        ) : entries.length === 0 ? (
          <p className="empty">{t('empty')}</p>
        ) : (
          <div className="history-scroll">
            <table className="grid history-table">
              <thead>
                <tr>
                  <th>{t('columns.time')}</th>
                  <th>{t('columns.reason')}</th>
                  <th className="num">{t('columns.size')}</th>
                  <th className="num">{t('columns.delegates')}</th>
                  <th>{t('columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry, index) => (
                  <tr
                    key={entry.snapshotId}
                    className={confirming?.snapshotId === entry.snapshotId ? 'selected' : undefined}
                    data-snapshot-id={entry.snapshotId}
                  >
                    <td>
                      {when(entry.takenAt)}
                      {index === 0 && <span className="badge">{t('newest')}</span>}
                    </td>
                    <td>{reasonText(entry)}</td>
                    <td className="num">
                      {t('kilobytes', { size: formatKilobytes(entry.bytes, i18n.language) })}
                    </td>
                    <td className="num">{formatNumber(entry.delegates, i18n.language)}</td>
                    <td>
                      <button
                        ref={(element) => {
                          restoreButtons.current[entry.snapshotId] = element
                        }}
                        disabled={busy || readOnly}
                        aria-label={t('restoreLabel', { when: when(entry.takenAt) })}
                        onClick={() => setConfirming(entry)}
                      >
                        {t('restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {confirming && (
          <div className="history-confirm" role="group" aria-labelledby="history-confirm-title">
            <p id="history-confirm-title" className="history-confirm-title">
              {t('confirmTitle', {
                when: when(confirming.takenAt),
                reason: reasonText(confirming),
                delegates: formatNumber(confirming.delegates, i18n.language)
              })}
            </p>
            <p className="muted">{t('confirmHint')}</p>
            <div className="dialog-actions">
              <button onClick={cancelConfirm} disabled={busy}>
                {t('common:actions.cancel')}
              </button>
              <button
                ref={confirmRef}
                className="primary"
                onClick={() => void restore(confirming)}
                disabled={busy}
              >
                {busy ? t('restoring') : t('confirm')}
              </button>
            </div>
          </div>
        )}
        <div className="dialog-actions">
          <button onClick={onClose}>{t('common:actions.close')}</button>
        </div>
      </div>
    </Dialog>
  )
}
