import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { snapshotReasons, type RecoveryCandidate } from '../../../shared/api/safetyChannels'
import { call, errorMessage } from '../api/client'
import { formatKilobytes, formatSnapshotTime } from '../history/formatSnapshot'
import { formatNumber } from '../i18n'
import type { RecoverableFailure } from './recoverableFailure'
import './recovery.css'

interface RecoveryPanelProps {
  conferenceKey: string
  failure: RecoverableFailure
  /** Called once the chosen version is back in place; the caller opens the conference. */
  onRestored: (key: string, notice: string) => void
  headingLevel?: 'h1' | 'h2'
}

/** Which broken file, why, and the good versions (the .bak and snapshots) to restore, newest first. */
export function RecoveryPanel({
  conferenceKey,
  failure,
  onRestored,
  headingLevel = 'h2'
}: RecoveryPanelProps) {
  const { t, i18n } = useTranslation('history')
  const [candidates, setCandidates] = useState<RecoveryCandidate[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const firstButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    let alive = true
    call('recovery:listCandidates', { key: conferenceKey }).then(
      (found) => alive && setCandidates(found),
      (caught: unknown) => alive && setError(errorMessage(caught))
    )
    return () => {
      alive = false
    }
  }, [conferenceKey])

  // The recommended version is one Enter away.
  useEffect(() => {
    if (candidates && candidates.length > 0) firstButton.current?.focus()
  }, [candidates])

  const sourceLabel = (candidate: RecoveryCandidate): string => {
    if (candidate.source === 'bak') return t('recovery.source.bak')
    // Snapshot ids end in "__<reason>" (SNAPSHOT_ID_PATTERN).
    const reason = snapshotReasons.find((known) => candidate.id.endsWith(`__${known}`)) ?? 'manual'
    return t('recovery.source.snapshot', { reason: t(`reasons.${reason}`) })
  }

  const restore = async (candidate: RecoveryCandidate) => {
    setBusyId(candidate.id)
    setError(null)
    try {
      const input =
        candidate.source === 'bak'
          ? ({ key: conferenceKey, source: 'bak', id: 'bak' } as const)
          : ({ key: conferenceKey, source: 'snapshot', id: candidate.id } as const)
      const { key } = await call('recovery:restore', input)
      onRestored(
        key,
        t('recovery.restored', {
          source: sourceLabel(candidate),
          when: formatSnapshotTime(candidate.takenAt, i18n.language)
        })
      )
    } catch (caught) {
      setError(errorMessage(caught))
      setBusyId(null)
    }
  }

  const Heading = headingLevel
  return (
    <section className="recovery-panel" aria-labelledby="recovery-heading">
      <Heading id="recovery-heading">{t('recovery.heading')}</Heading>
      <dl className="recovery-facts">
        <dt>{t('recovery.file')}</dt>
        <dd className="recovery-file">{failure.fileName}</dd>
        <dt>{t('recovery.why')}</dt>
        <dd className="recovery-reason" role="alert">
          {failure.reason}
        </dd>
        {failure.details.length > 0 && (
          <>
            <dt>{t('recovery.details')}</dt>
            <dd>
              <ul className="recovery-details">
                {failure.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p className="muted">
        {failure.quarantined ? t('recovery.safeQuarantined') : t('recovery.safeOnRestore')}
      </p>
      {error && (
        <p role="alert" className="error banner">
          {error}
        </p>
      )}
      {candidates === null ? (
        !error && <p>{t('recovery.loading')}</p>
      ) : candidates.length === 0 ? (
        <p className="empty">{t('recovery.none')}</p>
      ) : (
        <>
          <p>{t('recovery.choose')}</p>
          <table className="grid recovery-table">
            <thead>
              <tr>
                <th>{t('recovery.columns.source')}</th>
                <th>{t('recovery.columns.time')}</th>
                <th className="num">{t('recovery.columns.delegates')}</th>
                <th className="num">{t('recovery.columns.size')}</th>
                <th>{t('recovery.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate, index) => {
                const when = formatSnapshotTime(candidate.takenAt, i18n.language)
                const source = sourceLabel(candidate)
                return (
                  <tr
                    key={`${candidate.source}-${candidate.id}`}
                    className={index === 0 ? 'recommended' : undefined}
                  >
                    <td>
                      {source}
                      {index === 0 && (
                        <span className="badge recommended-badge">{t('recovery.recommended')}</span>
                      )}
                    </td>
                    <td>{when}</td>
                    <td className="num">{formatNumber(candidate.delegates, i18n.language)}</td>
                    <td className="num">
                      {t('kilobytes', { size: formatKilobytes(candidate.bytes, i18n.language) })}
                    </td>
                    <td>
                      <button
                        ref={index === 0 ? firstButton : undefined}
                        className={index === 0 ? 'primary' : undefined}
                        disabled={busyId !== null}
                        aria-label={t('recovery.restoreLabel', { source, when })}
                        onClick={() => void restore(candidate)}
                      >
                        {busyId === candidate.id ? t('recovery.restoring') : t('recovery.restore')}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
