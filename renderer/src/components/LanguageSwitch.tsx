import { useTranslation } from 'react-i18next'
import { languages, type Language } from '../../../shared/api/settingsChannels'

export function LanguageSwitch({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const { t, i18n } = useTranslation()
  return (
    <label className="language-switch">
      <span>{t('language')}</span>
      <select
        aria-label={t('language')}
        value={i18n.language}
        onChange={(event) => onLanguage(event.target.value as Language)}
      >
        {languages.map((language) => (
          <option key={language} value={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
