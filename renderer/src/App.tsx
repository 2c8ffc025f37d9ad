import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/api/settingsChannels'
import { call, subscribe } from './api/client'
import { ConferenceList } from './conferences/ConferenceList'
import { HelpPage } from './help/HelpPage'
import { Workspace } from './workspace/Workspace'

/** Two screens: the list of conferences and one open conference. */
export function App() {
  const { i18n } = useTranslation()
  const [openKey, setOpenKey] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)

  // F1 opens the help from any screen, as in other Windows programs.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1') return
      event.preventDefault()
      setHelpOpen(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const setLanguage = useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language)
      document.documentElement.lang = language
      // The interface has switched already; if remembering the choice fails, the next switch retries.
      await call('settings:set', { language }).catch(() => undefined)
    },
    [i18n]
  )

  useEffect(
    () =>
      subscribe('menu:command', ({ command }) => {
        if (command === 'language-vi') void setLanguage('vi')
        if (command === 'language-en') void setLanguage('en')
      }),
    [setLanguage]
  )

  const screen = openKey ? (
    <Workspace
      key={openKey}
      conferenceKey={openKey}
      onClose={() => setOpenKey(null)}
      onLanguage={setLanguage}
    />
  ) : (
    <ConferenceList onOpen={setOpenKey} onLanguage={setLanguage} onHelp={() => setHelpOpen(true)} />
  )
  return (
    <>
      {screen}
      {helpOpen && <HelpPage onClose={() => setHelpOpen(false)} />}
    </>
  )
}
