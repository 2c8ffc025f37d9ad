import { APP_ORIGIN } from './windowSecurity'

/**
 * IPC is answered only for the app's own top frame, loaded from the app protocol (or, in
 * `npm run dev`, from the dev server electron-vite announces in ELECTRON_RENDERER_URL).
 */
export function isTrustedSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  devServerUrl?: string
): boolean {
  if (!isMainFrame || !frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (`${url.protocol}//${url.host}` === APP_ORIGIN) return true
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}
