import type { BrowserWindow as BrowserWindowType, Rectangle } from 'electron'
import { MAIN_WINDOW_WEB_PREFERENCES } from './windowSecurity'

type BrowserWindowCtor = new (options: Electron.BrowserWindowConstructorOptions) => BrowserWindowType

/** The one window: every security default lives here and is read back by tests/safety. */
export function createMainWindow(
  BrowserWindow: BrowserWindowCtor,
  preloadPath: string,
  bounds: (Rectangle & { maximized: boolean }) | null
): BrowserWindowType {
  const window = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'HoiNghi',
    backgroundColor: '#f6f7f9',
    webPreferences: { ...MAIN_WINDOW_WEB_PREFERENCES, preload: preloadPath }
  })
  if (bounds?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  return window
}
