import { useTranslation } from 'react-i18next'
import type { Delegate } from '../../../shared/model/conference'
import type { DelegatePatch } from './delegateOps'
import { DraftText } from './DraftText'

type DetailField =
  'name' | 'honorific' | 'rank' | 'position' | 'partyPosts' | 'unit' | 'phone' | 'deputyName' | 'notes'

/** The fields the table has no room for, for the active row; each is stored when the clerk leaves it. */
export function DelegateDetails({
  delegate,
  readOnly,
  onChange
}: {
  delegate: Delegate
  readOnly: boolean
  onChange: (patch: DelegatePatch, coalesceKey: string) => void
}) {
  const { t } = useTranslation('delegates')
  const field = (name: DetailField, multiline = false) => (
    <DraftText
      key={name}
      name={name}
      label={t(`details.${name}`)}
      value={delegate[name]}
      multiline={multiline}
      type={name === 'phone' ? 'tel' : 'text'}
      disabled={readOnly}
      checkAs={['delegate', name]}
      onCommit={(value) => onChange({ [name]: value }, `delegate.${delegate.id}.${name}`)}
    />
  )
  return (
    <aside className="delegate-details" aria-label={t('details.label', { name: delegate.name })}>
      <h3>{delegate.name || t('unnamed')}</h3>
      {field('honorific')}
      {field('partyPosts')}
      {field('phone')}
      {(delegate.attendance === 'deputy' || delegate.deputyName !== '') && field('deputyName')}
      {field('notes', true)}
    </aside>
  )
}
