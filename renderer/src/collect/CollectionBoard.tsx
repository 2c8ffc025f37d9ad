import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  boardFilters,
  collectionBoard,
  filterBoard,
  formatBoardTime,
  type BoardFilter
} from '../../../shared/collect/collectionBoard'
import { call, errorMessage } from '../api/client'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import { CollectDialog } from './CollectDialog'
import { TemplatesDialog } from './TemplatesDialog'
import './collect.css'

/**
 * Where each venue's list stands: template sent, reply received, people named against those
 * expected, chair, technical contact and link test; with the two round-trip actions and exports.
 */
export function CollectionBoard() {
  const { t } = useTranslation('collect')
  const session = useSession()
  const { doc, key, readOnly } = useSessionSnapshot()
  const [filter, setFilter] = useState<BoardFilter>('all')
  const [dialog, setDialog] = useState<'templates' | 'collect' | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const board = useMemo(() => collectionBoard(doc), [doc])
  const rows = useMemo(() => filterBoard(board, filter), [board, filter])
  const returned = board.filter((row) => row.returned).length

  const exportBoard = async (format: 'xlsx' | 'pdf') => {
    setMessage(null)
    try {
      await session.flush()
      const written = await call('collect:exportBoard', { key, format })
      if (written) setMessage({ text: t('exported', { file: written.fileName }), error: false })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    }
  }

  const yesNo = (flag: boolean) => (
    <span className={flag ? 'collect-yes' : 'collect-no'}>{flag ? t('yes') : t('no')}</span>
  )

  return (
    <section className="collection-board" aria-labelledby="collection-heading">
      <div className="list-toolbar">
        <h3 id="collection-heading">{t('heading')}</h3>
        <span className="muted small" role="status">
          {t('summary', { returned, total: board.length })}
        </span>
        <span className="spacer" />
        <button onClick={() => setDialog('templates')} disabled={readOnly || board.length === 0}>
          {t('sendTemplates')}
        </button>
        <button onClick={() => setDialog('collect')} disabled={readOnly || board.length === 0}>
          {t('collect')}
        </button>
        <button onClick={() => void exportBoard('xlsx')}>{t('exportXlsx')}</button>
        <button onClick={() => void exportBoard('pdf')}>{t('exportPdf')}</button>
      </div>
      <div className="collect-filters" role="group" aria-label={t('filters')}>
        {boardFilters.map((each) => (
          <button key={each} aria-pressed={filter === each} onClick={() => setFilter(each)}>
            {t(`filter.${each}`)}
            {each !== 'all' && ` (${filterBoard(board, each).length})`}
          </button>
        ))}
        {message && (
          <span
            role={message.error ? 'alert' : 'status'}
            className={message.error ? 'error small' : 'muted small'}
          >
            {message.text}
          </span>
        )}
      </div>
      {/* A scrolling region the keyboard can reach: 90 venues do not fit the panel. */}
      <div className="collect-table-wrap" tabIndex={0} role="region" aria-label={t('boardTable')}>
        <table className="collect-table" aria-label={t('boardTable')}>
          <thead>
            <tr>
              <th scope="col">{t('columns.no')}</th>
              <th scope="col">{t('columns.venue')}</th>
              <th scope="col">{t('columns.template')}</th>
              <th scope="col">{t('columns.reply')}</th>
              <th scope="col">{t('columns.people')}</th>
              <th scope="col">{t('columns.chair')}</th>
              <th scope="col">{t('columns.tech')}</th>
              <th scope="col">{t('columns.test')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.venueId} data-board-venue={row.venueId}>
                <td className="num">{row.position}</td>
                <th scope="row">{row.name}</th>
                <td>
                  {row.templateAt ? (
                    formatBoardTime(row.templateAt)
                  ) : (
                    <span className="muted">{t('notSent')}</span>
                  )}
                </td>
                <td>
                  {row.returned ? (
                    <>
                      {formatBoardTime(row.replyAt)}
                      <div className="muted small collect-file">{row.replyFile}</div>
                    </>
                  ) : (
                    <span className="collect-no">{t('notReturned')}</span>
                  )}
                </td>
                <td className={row.overCount ? 'num collect-no' : 'num'}>
                  {row.named}
                  {row.expected !== null && ` / ${row.expected}`}
                  {row.overCount && ` (${t('over')})`}
                </td>
                <td>{yesNo(row.chairNamed)}</td>
                <td>{yesNo(row.techFilled)}</td>
                <td>{yesNo(row.testTimeFilled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted">{t('empty')}</p>}
      </div>
      {dialog === 'templates' && <TemplatesDialog onClose={() => setDialog(null)} />}
      {dialog === 'collect' && <CollectDialog onClose={() => setDialog(null)} />}
    </section>
  )
}
