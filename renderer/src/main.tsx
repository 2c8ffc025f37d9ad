import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod'
import { App } from './App'
import { call } from './api/client'
import { initI18n } from './i18n'
import './styles.css'

// The CSP forbids eval; zod must not try to compile validators with new Function.
z.config({ jitless: true })

async function boot(): Promise<void> {
  const settings = await call('settings:get', {}).catch(() => ({ language: 'vi' as const }))
  await initI18n(settings.language)
  const root = document.getElementById('root')
  if (!root) throw new Error('missing #root')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}

boot().catch((error: unknown) => {
  // Before i18n is up there is no translation to use: say it in both languages.
  const root = document.getElementById('root')
  if (root) {
    const message = document.createElement('p')
    message.setAttribute('role', 'alert')
    message.textContent = `Không khởi động được HoiNghi / HoiNghi could not start: ${error instanceof Error ? error.message : String(error)}`
    root.replaceChildren(message)
  }
})
