import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMainWindow } from '../../electron/main/createMainWindow'
import { isTrustedSender } from '../../electron/main/ipcGuard'
import { resolveAppPath } from '../../electron/main/protocol/resolveAppPath'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  MAIN_WINDOW_WEB_PREFERENCES
} from '../../electron/main/windowSecurity'

const root = fileURLToPath(new URL('../../', import.meta.url))
const mainSource = readFileSync(join(root, 'electron/main/index.ts'), 'utf8')

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values])
  )
}

describe('the window (Electron security checklist)', () => {
  it('has no Node in the renderer, context isolation and sandbox on, web security on', () => {
    expect(MAIN_WINDOW_WEB_PREFERENCES).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false
    })
  })

  it('createMainWindow passes exactly those preferences (plus our preload) to BrowserWindow', () => {
    let received: Record<string, unknown> | undefined
    const handlers: string[] = []
    class FakeWindow {
      constructor(options: { webPreferences?: Record<string, unknown> }) {
        received = options.webPreferences
      }
      once(event: string) {
        handlers.push(event)
      }
      maximize() {}
    }
    createMainWindow(FakeWindow as never, '/app/out/preload/index.cjs', null)
    expect(received).toEqual({ ...MAIN_WINDOW_WEB_PREFERENCES, preload: '/app/out/preload/index.cjs' })
  })

  it('has a strict content security policy: nothing remote, no eval, no plugins, no framing', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(
          /^(https?:|wss?:|ftp:|\*|'unsafe-eval'|'wasm-unsafe-eval')/
        )
        if (name === 'script-src' || name === 'default-src') expect(value).not.toBe("'unsafe-inline'")
      }
    }
  })

  it('wires the guards in the main process: navigation, new windows, webviews and permissions denied, CSP header, one instance, flush before quit', () => {
    expect(mainSource).toMatch(/'will-navigate',\s*\(event\)\s*=>\s*event\.preventDefault\(\)/)
    expect(mainSource).toMatch(/'will-redirect',\s*\(event\)\s*=>\s*event\.preventDefault\(\)/)
    expect(mainSource).toMatch(/'will-attach-webview',\s*\(event\)\s*=>\s*event\.preventDefault\(\)/)
    expect(mainSource).toMatch(/setWindowOpenHandler\(\(\)\s*=>\s*\(\{\s*action:\s*'deny'\s*\}\)\)/)
    expect(mainSource).toMatch(/setPermissionRequestHandler\([^)]*\)\s*=>\s*callback\(false\)\)/)
    expect(mainSource).toMatch(/setPermissionCheckHandler\(\(\)\s*=>\s*false\)/)
    expect(mainSource).toMatch(/headers\.set\('Content-Security-Policy',\s*CONTENT_SECURITY_POLICY\)/)
    expect(mainSource).toMatch(/requestSingleInstanceLock\(\)/)
    expect(mainSource).toMatch(/isTrustedSender\(/)
    expect(mainSource).toMatch(/before-quit[\s\S]*store\.(flushAll|close)\(\)/)
    // No remote content and no shell.openExternal on anything (data could carry a URL).
    expect(mainSource).not.toMatch(/openExternal\(/)
    expect(mainSource).not.toMatch(/loadURL\(\s*['"`]https?:/)
  })
})

describe('isTrustedSender', () => {
  it('answers only the app’s own top frame', () => {
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`, true)).toBe(true)
    expect(isTrustedSender(`${APP_ORIGIN}/index.html#/hoi-nghi`, true)).toBe(true)
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`, false)).toBe(false)
    for (const url of [
      undefined,
      '',
      'about:blank',
      'file:///etc/passwd',
      'file:///C:/Users/a/index.html',
      'http://127.0.0.1:5173/',
      'https://hoinghi.evil.example/',
      'app://hoinghi.evil.example/index.html',
      'app://evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/index.html'
    ]) {
      expect(isTrustedSender(url, true), String(url)).toBe(false)
    }
  })

  it('trusts the dev server only when it is the one announced', () => {
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', true, 'http://localhost:5173')).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', false, 'http://localhost:5173')).toBe(false)
  })

  it('never trusts an arbitrary URL (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.boolean(), (url, main) => {
        expect(isTrustedSender(url, main)).toBe(false)
      }),
      { numRuns: 300 }
    )
  })
})

describe('resolveAppPath (app:// protocol)', () => {
  const rendererDir = resolve('/opt/HoiNghi/resources/app.asar/out/renderer')
  /** Inside the folder, and no name on the way that Windows would read as ".." (it drops trailing dots and spaces). */
  const inside = (path: string | null) =>
    path !== null &&
    !isAbsolute(relative(rendererDir, path)) &&
    relative(rendererDir, path)
      .split(sep)
      .every((name) => name.replace(/[\s.]+$/, '') !== '' || name === '')

  it('serves files of the built renderer', () => {
    expect(resolveAppPath(rendererDir, `${APP_ORIGIN}/`)).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppPath(rendererDir, `${APP_ORIGIN}/index.html`)).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppPath(rendererDir, `${APP_ORIGIN}/assets/index-abc123.js`)).toBe(
      join(rendererDir, 'assets', 'index-abc123.js')
    )
    expect(resolveAppPath(rendererDir, `${APP_ORIGIN}/fonts/Tinos%20Regular.ttf`)).toBe(
      join(rendererDir, 'fonts', 'Tinos Regular.ttf')
    )
  })

  it('refuses traversal, foreign hosts and schemes', () => {
    for (const url of [
      `${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`,
      `${APP_ORIGIN}/..%5c..%5cwindows%5cwin.ini`,
      `${APP_ORIGIN}/assets/..%2f..%2f..%2fsecret`,
      `${APP_ORIGIN}/C:/Windows/win.ini`,
      `${APP_ORIGIN}/C:%5CWindows%5Cwin.ini`,
      `${APP_ORIGIN}/%5C%5Cserver%5Cshare%5Cx`,
      `${APP_ORIGIN}/index.html%00.png`,
      // Names Windows would open as ".." once it drops their trailing dots and spaces.
      `${APP_ORIGIN}/..%20/..%20/secret`,
      `${APP_ORIGIN}/assets/.../.../secret`,
      `${APP_ORIGIN}/assets/..%20./x`,
      `${APP_ORIGIN}/%E0%A4%A`,
      'app://evil/index.html',
      'file:///etc/passwd',
      'https://hoinghi/index.html',
      'javascript:alert(1)',
      'not a url'
    ]) {
      expect(resolveAppPath(rendererDir, url), url).toBeNull()
    }
  })

  it('keeps dot segments the URL parser folds inside the folder', () => {
    // WHATWG URL turns /%2e%2e/ into /../ and drops it at the root: harmless, it stays inside.
    const path = resolveAppPath(rendererDir, `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`)
    expect(path === null || inside(path)).toBe(true)
  })

  it('never resolves outside the renderer folder, whatever the path (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2E',
        '..%2f',
        '%2f',
        '%5c',
        '..%5c',
        'C:',
        '%00',
        'assets',
        'index.html',
        '%252e%252e',
        '..%20',
        '...',
        ' ..'
      ),
      fc.string({ maxLength: 8 })
    )
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const path = resolveAppPath(rendererDir, `${APP_ORIGIN}/${segments.join('/')}`)
        expect(path === null || inside(path)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})

type FuseSettings = Record<string, unknown> & { version?: unknown; strictlyRequireAllFuses?: unknown }

/** security/fuses.config.mjs is plain JavaScript for packaging scripts: load it as they would. */
async function hoinghiFuses(options: { testBuild?: boolean } = {}): Promise<FuseSettings> {
  const url = new URL('../../security/fuses.config.mjs', import.meta.url).href
  const mod = (await import(/* @vite-ignore */ url)) as {
    hoinghiFuses: (options: { testBuild?: boolean }) => FuseSettings
  }
  return mod.hoinghiFuses(options)
}

describe('fuses for packaging', () => {
  it('turn off run-as-node, NODE_OPTIONS and inspect, and require the integrity-checked asar', async () => {
    const release = await hoinghiFuses()
    expect(release.version).toBe(FuseVersion.V1)
    expect(release.strictlyRequireAllFuses).toBe(true)
    expect(release[FuseV1Options.RunAsNode]).toBe(false)
    expect(release[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(release[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(release[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(release[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(release[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(release[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    // Every fuse this @electron/fuses knows is decided, none left to the default.
    const known = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number')
    for (const fuse of known) expect(typeof release[fuse], FuseV1Options[fuse]).toBe('boolean')
  })

  it('keep --inspect only in test builds', async () => {
    const test = await hoinghiFuses({ testBuild: true })
    expect(test[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true)
    expect(test[FuseV1Options.RunAsNode]).toBe(false)
    expect(test[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
  })
})

describe('electronegativity', () => {
  it('finds nothing the reviewed allow-list does not explain', () => {
    const result = spawnSync(process.execPath, [join(root, 'security/run-electronegativity.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 150_000
    })
    console.log(result.stdout.trim())
    expect(result.stderr).not.toMatch(/UNEXPLAINED/)
    expect(result.status, result.stderr).toBe(0)
  }, 160_000)
})
