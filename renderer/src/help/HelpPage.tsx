import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

interface HelpSection {
  id: string
  title: string
  steps: string[]
}

// Screenshots taken by tests/e2e/ship.spec.ts (HOINGHI_HELP_SHOTS=1), one per section id.
const shots = import.meta.glob<string>('./shots/*.png', { eager: true, import: 'default' })
function shotFor(id: string): string | undefined {
  return shots[`./shots/${id}.png`]
}

/** "Hướng dẫn": the clerk's workflow step by step, offline, in the interface language. */
export function HelpPage({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('help')
  const sections = t('sections', { returnObjects: true }) as HelpSection[]
  const heading = useRef<HTMLHeadingElement>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  // A full-window modal over the screen the clerk was on: that screen (and its unsaved edits)
  // stays mounted underneath, and Escape or the button brings it back with focus where it was.
  useEffect(() => {
    const element = dialog.current
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (element && !element.open) element.showModal()
    heading.current?.focus()
    return () => {
      if (previous?.isConnected) previous.focus()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className="help-page"
      aria-labelledby="help-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="app-header">
        <h1 id="help-title" ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <button onClick={onClose}>{t('close')}</button>
      </header>
      <p>{t('intro')}</p>
      <nav aria-label={t('contents')}>
        <ol className="help-contents">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#help-${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => {
        const shot = shotFor(section.id)
        return (
          <section
            key={section.id}
            id={`help-${section.id}`}
            className="help-section"
            aria-labelledby={`help-h-${section.id}`}
          >
            <h2 id={`help-h-${section.id}`}>{section.title}</h2>
            <ol>
              {section.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {shot && <img className="help-shot" src={shot} alt={section.title} loading="lazy" />}
          </section>
        )
      })}
    </dialog>
  )
}
