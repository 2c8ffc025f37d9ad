import { useTranslation } from 'react-i18next'
import { estimateReadingMinutes } from '../../../shared/outlines/readingTime'
import type { Outline } from '../../../shared/model/conference'

export type ReadingVerdict = 'none' | 'over' | 'tight' | 'fits'

/**
 * Over: even a brisk reader (130 words a minute) needs more than the allotted time. Tight: a
 * slow reader (110) would overrun. Fits otherwise.
 */
export function readingVerdict(
  estimate: { minMinutes: number; maxMinutes: number },
  allotted: number
): ReadingVerdict {
  if (allotted <= 0) return 'none'
  if (estimate.minMinutes > allotted) return 'over'
  if (estimate.maxMinutes > allotted) return 'tight'
  return 'fits'
}

/** "2–2 minutes" reads as a slip: when slow and brisk readers need the same time, say it once. */
export function estimateKey(estimate: { minMinutes: number; maxMinutes: number }): string {
  return estimate.minMinutes === estimate.maxMinutes ? 'reading.estimateExact' : 'reading.estimate'
}

export function ReadingTimeMeter({ outline }: { outline: Outline }) {
  const { t } = useTranslation('outlines')
  const estimate = estimateReadingMinutes(outline)
  const verdict = readingVerdict(estimate, outline.allottedMin)
  const ratio = outline.allottedMin > 0 ? Math.min(estimate.minutes / outline.allottedMin, 1.5) : 0
  return (
    <div className={`reading-meter ${verdict}`} role="status" data-verdict={verdict}>
      <div>
        <strong>
          {t(estimateKey(estimate), {
            words: estimate.words,
            min: estimate.minMinutes,
            max: estimate.maxMinutes
          })}
        </strong>
        <span className="verdict">
          {verdict === 'none'
            ? t('reading.none')
            : t(`reading.${verdict}`, {
                allotted: outline.allottedMin,
                over: estimate.minMinutes - outline.allottedMin,
                spare: outline.allottedMin - estimate.maxMinutes
              })}
        </span>
      </div>
      {verdict !== 'none' && (
        <div className="meter-track" aria-hidden="true">
          <div className="meter-fill" style={{ width: `${(ratio / 1.5) * 100}%` }} />
          <div className="meter-limit" style={{ left: `${100 / 1.5}%` }} />
        </div>
      )}
    </div>
  )
}
