import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../i18n'
import { openPdf, type PdfDocument } from './pdfjs'

export interface RenderedPdf {
  docId: string
  title: string
  pdfBase64: string
  pages: number
  bytes: number
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const
/** 'fit' fills the width for reading; 'page' shows the whole sheet to check the layout. */
type Zoom = number | 'fit' | 'page'

interface PdfPreviewProps {
  pdf: RenderedPdf
  /** Shown over the page while a newer render is on its way. */
  busy: boolean
}

function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException'
}

/**
 * One page at a time on a canvas: a 60-page delegate list previews as fast as a one-page agenda,
 * and the clerk moves through it with the buttons, the page box, or PageUp/PageDown.
 */
export function PdfPreview({ pdf, busy }: PdfPreviewProps) {
  const { t, i18n } = useTranslation('documents')
  const [loaded, setLoaded] = useState<{ source: RenderedPdf; doc: PdfDocument } | null>(null)
  const [failure, setFailure] = useState<{ source: RenderedPdf; message: string } | null>(null)
  const [page, setPage] = useState(1)
  const [zoom, setZoom] = useState<Zoom>('fit')
  const [drawn, setDrawn] = useState<{ source: RenderedPdf; view: string } | null>(null)
  const [shownScale, setShownScale] = useState(1)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const viewportRef = useRef<HTMLDivElement>(null)
  const [viewportSize, setViewportSize] = useState({ width: 0, height: 0 })

  // Everything below is keyed to the PDF it belongs to, so a newer render never shows an older state.
  const pdfDoc = loaded?.source === pdf ? loaded.doc : null
  const openError = failure?.source === pdf ? failure.message : null
  const pages = pdfDoc?.numPages ?? pdf.pages
  // A refreshed preview of the same document stays on the page the clerk was reading, if it still exists.
  const shownPage = Math.min(Math.max(1, page), pages)
  const view = `${shownPage}|${zoom}|${viewportSize.width}|${viewportSize.height}`
  const drawing = !(drawn?.source === pdf && drawn.view === view)

  useEffect(() => {
    let alive = true
    let opened: PdfDocument | null = null
    openPdf(pdf.pdfBase64).then(
      (doc) => {
        opened = doc
        if (!alive) return void doc.destroy()
        setLoaded({ source: pdf, doc })
      },
      (error: unknown) =>
        alive && setFailure({ source: pdf, message: error instanceof Error ? error.message : String(error) })
    )
    return () => {
      alive = false
      if (opened) void opened.destroy()
    }
  }, [pdf])

  useEffect(() => {
    const element = viewportRef.current
    if (!element) return
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect
      if (box) setViewportSize({ width: box.width, height: box.height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!pdfDoc || !canvas) return
    let cancelled = false
    let task: { cancel(): void; promise: Promise<void> } | null = null
    void pdfDoc.getPage(shownPage).then((pdfPage) => {
      if (cancelled) return
      const natural = pdfPage.getViewport({ scale: 1 })
      const widthFit = (viewportSize.width - 8) / natural.width
      const pageFit = Math.min(widthFit, (viewportSize.height - 8) / natural.height)
      const scale = typeof zoom === 'number' ? zoom : Math.max(0.25, zoom === 'fit' ? widthFit : pageFit)
      const viewport = pdfPage.getViewport({ scale })
      const ratio = window.devicePixelRatio || 1
      canvas.width = Math.floor(viewport.width * ratio)
      canvas.height = Math.floor(viewport.height * ratio)
      canvas.style.width = `${Math.floor(viewport.width)}px`
      canvas.style.height = `${Math.floor(viewport.height)}px`
      setShownScale(scale)
      task = pdfPage.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0]
      })
      task.promise.then(
        () => !cancelled && setDrawn({ source: pdf, view }),
        (error: unknown) => {
          if (cancelled || isCancelled(error)) return
          setFailure({ source: pdf, message: error instanceof Error ? error.message : String(error) })
        }
      )
    })
    return () => {
      cancelled = true
      task?.cancel()
    }
  }, [pdf, pdfDoc, shownPage, zoom, viewportSize, view])

  const go = (target: number) => setPage(Math.min(Math.max(1, target), pages))
  const zoomStep = (direction: 1 | -1) => {
    const current = typeof zoom === 'number' ? zoom : shownScale
    const next =
      direction > 0
        ? ZOOMS.find((level) => level > current + 0.01)
        : [...ZOOMS].reverse().find((level) => level < current - 0.01)
    if (next !== undefined) setZoom(next)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement) return
    if (event.key === 'PageDown') go(shownPage + 1)
    else if (event.key === 'PageUp') go(shownPage - 1)
    else if (event.key === 'Home' && event.ctrlKey) go(1)
    else if (event.key === 'End' && event.ctrlKey) go(pages)
    else if (event.key === '+' || event.key === '=') zoomStep(1)
    else if (event.key === '-') zoomStep(-1)
    else return
    event.preventDefault()
  }

  return (
    <div className="pdf-preview" onKeyDown={onKeyDown}>
      <div className="pdf-toolbar" role="toolbar" aria-label={t('preview.toolbar')}>
        <button
          onClick={() => go(shownPage - 1)}
          disabled={shownPage <= 1}
          aria-label={t('preview.previous')}
          title={t('preview.previousKey')}
        >
          ‹
        </button>
        <label className="page-box">
          {t('preview.page')}
          <input
            type="number"
            min={1}
            max={pages}
            value={shownPage}
            aria-label={t('preview.pageNumber')}
            onChange={(event) => {
              const value = Number(event.target.value)
              if (Number.isInteger(value) && value >= 1) go(value)
            }}
          />
          <span data-testid="page-count">
            {t('preview.of', { pages: formatNumber(pages, i18n.language) })}
          </span>
        </label>
        <button
          onClick={() => go(shownPage + 1)}
          disabled={shownPage >= pages}
          aria-label={t('preview.next')}
          title={t('preview.nextKey')}
        >
          ›
        </button>
        <span className="spacer" />
        <button onClick={() => zoomStep(-1)} aria-label={t('preview.zoomOut')}>
          −
        </button>
        <span className="zoom-value" aria-live="polite">
          {formatNumber(Math.round(shownScale * 100), i18n.language)}%
        </span>
        <button onClick={() => zoomStep(1)} aria-label={t('preview.zoomIn')}>
          +
        </button>
        <button onClick={() => setZoom('fit')} aria-pressed={zoom === 'fit'}>
          {t('preview.fitWidth')}
        </button>
        <button onClick={() => setZoom('page')} aria-pressed={zoom === 'page'}>
          {t('preview.fitPage')}
        </button>
      </div>
      <div
        className="pdf-viewport"
        ref={viewportRef}
        tabIndex={0}
        aria-label={t('preview.area', { title: pdf.title })}
      >
        {openError ? (
          <p role="alert" className="error banner">
            {t('preview.failed', { problem: openError })}
          </p>
        ) : (
          <canvas
            ref={canvasRef}
            className="pdf-page"
            role="img"
            aria-label={t('preview.pageImage', { page: shownPage, pages, title: pdf.title })}
          />
        )}
        {(busy || drawing) && !openError && <Spinner label={t('preview.rendering')} />}
      </div>
    </div>
  )
}

export function Spinner({ label }: { label: string }) {
  return (
    <div className="doc-spinner" role="status">
      <span className="doc-spinner-wheel" aria-hidden="true" />
      <span>{label}</span>
    </div>
  )
}
