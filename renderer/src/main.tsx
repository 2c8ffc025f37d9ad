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

void boot()
