import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentSettings } from '../../../shared/model/conference'
import { cleanDocumentNumberInput } from '../../../shared/documents/documentNumber'
import { documentPlace } from '../../../shared/documents/documentPlace'
import { suggestIssuerCode } from '../../../shared/documents/issuerCode'
import { BoundSelect, BoundText } from '../components/BoundField'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import {
  recipientsFromText,
  recipientsToText,
  setDocumentSetting,
  setRecipients,
  type PlainSettingField
} from './documentSettingsEdits'

/** The header, signature and "Nơi nhận" every printed document carries, per conference. */
export function DocumentSettingsForm() {
  const { t } = useTranslation('documents')
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  const settings = doc.documents
  const set = <K extends PlainSettingField>(field: K, value: DocumentSettings[K]) =>
    session.update((current) => setDocumentSetting(current, field, value), {
      coalesceKey: `documents.${field}`
    })
  const text = (
    field: 'governingBody' | 'issuingBody' | 'place' | 'signerTitle' | 'signerName',
    placeholder = t(`settings.${field}Placeholder`)
  ) => (
    <BoundText
      name={field}
      label={t(`settings.${field}`)}
      value={settings[field]}
      placeholder={placeholder}
      // The signer's title and the bodies break where the clerk breaks them ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH").
      multiline={field === 'governingBody' || field === 'issuingBody' || field === 'signerTitle'}
      onChange={(value) => set(field, value)}
      disabled={readOnly}
    />
  )
  // What prints when a field is left empty, said as such so a placeholder never reads as a value.
  const fallbackPlace = documentPlace({ ...doc, documents: { ...settings, place: '' } })
  const suggestedCode = suggestIssuerCode(
    settings.issuingBody.trim() !== '' ? settings.issuingBody : doc.conference.organiser
  )
  return (
    <section className="doc-settings" aria-labelledby="doc-settings-heading">
      <h3 id="doc-settings-heading">{t('settings.heading')}</h3>
      <p className="muted small">{t('settings.hint')}</p>
      <div className="form-columns">
        {text('governingBody')}
        {text('issuingBody')}
        {text(
          'place',
          fallbackPlace !== ''
            ? t('settings.placeFallback', { place: fallbackPlace })
            : t('settings.placePlaceholder')
        )}
        <BoundText
          name="issuerCode"
          label={t('settings.issuerCode')}
          value={settings.issuerCode}
          placeholder={
            suggestedCode !== ''
              ? t('settings.issuerCodeSuggested', { code: suggestedCode })
              : t('settings.issuerCodePlaceholder')
          }
          maxLength={20}
          onChange={(value) => set('issuerCode', value)}
          disabled={readOnly}
        />
        {text('signerTitle')}
        {text('signerName')}
        <BoundText
          name="agendaNumber"
          label={t('settings.agendaNumber')}
          value={settings.agendaNumber}
          placeholder={t('settings.agendaNumberPlaceholder')}
          maxLength={20}
          onChange={(value) => set('agendaNumber', cleanDocumentNumberInput(value))}
          disabled={readOnly}
        />
        <BoundSelect
          name="labelLang"
          label={t('settings.labelLang')}
          value={settings.labelLang}
          options={[
            { value: 'vi', label: t('settings.labelLangVi') },
            { value: 'en', label: t('settings.labelLangEn') }
          ]}
          onChange={(value) => set('labelLang', value)}
          disabled={readOnly}
        />
        <BoundSelect
          name="venueSheets"
          label={t('settings.venueSheets')}
          value={settings.venueSheets}
          options={[
            { value: 'per-file', label: t('settings.venueSheetsPerFile') },
            { value: 'one-file', label: t('settings.venueSheetsOneFile') }
          ]}
          onChange={(value) => set('venueSheets', value)}
          disabled={readOnly}
        />
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              name="nameCardUnitLine"
              checked={settings.nameCardUnitLine}
              disabled={readOnly}
              onChange={(event) => set('nameCardUnitLine', event.target.checked)}
            />{' '}
            {t('settings.nameCardUnitLine')}
          </label>
        </div>
        <RecipientsField
          recipients={settings.recipients}
          disabled={readOnly}
          onChange={(recipients) =>
            session.update((current) => setRecipients(current, recipients), {
              coalesceKey: 'documents.recipients'
            })
          }
        />
      </div>
    </section>
  )
}

function RecipientsField({
  recipients,
  disabled,
  onChange
}: {
  recipients: string[]
  disabled: boolean
  onChange: (recipients: string[]) => void
}) {
  const { t } = useTranslation('documents')
  const id = useId()
  // The text as typed: an empty last line must survive until the clerk types the next recipient.
  const [draft, setDraft] = useState<string | null>(null)
  const value = draft ?? recipientsToText(recipients)
  return (
    <div className="field recipients-field">
      <label htmlFor={id}>{t('settings.recipients')}</label>
      <textarea
        id={id}
        name="recipients"
        rows={5}
        value={value}
        placeholder={t('settings.recipientsPlaceholder')}
        disabled={disabled}
        onChange={(event) => {
          setDraft(event.target.value)
          onChange(recipientsFromText(event.target.value, false))
        }}
        onBlur={(event) => {
          setDraft(null)
          onChange(recipientsFromText(event.target.value, true))
        }}
      />
      <span className="muted small">{t('settings.recipientsHint')}</span>
    </div>
  )
}
