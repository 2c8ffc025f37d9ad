import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { EventName, EventPayload } from '../../shared/api/events'
import type { Language } from '../../shared/api/settingsChannels'
import { createDispatch } from '../api/dispatch'
import type { HandlerContext } from '../api/handlerContext'
import { createServices } from '../api/createServices'
import { processTableReader } from '../importExport/tableReader'
import { allHandlers } from '../handlers/allHandlers'
import { dataPaths, resolveDataDir } from '../storage/dataPaths'
import { chromiumLocaleFromSettings } from '../settings/chromiumLocale'
import { MENU_LABELS } from './applicationMenuLabels'
import { createMainWindow } from './createMainWindow'
import { utilityChildProcess, utilityReaderProcess } from './utilityReaderProcess'
import { processPdfRenderer } from '../documents/renderInWorker'
import type { WorkerJob, WorkerReply } from '../documents/worker'
import { isTrustedSender } from './ipcGuard'
import { resolveAppPath } from './protocol/resolveAppPath'
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './windowSecurity'

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
])

// Date and time inputs take Chromium's locale, which can only be set before the app is ready.
app.commandLine.appendSwitch(
  'lang',
  chromiumLocaleFromSettings(dataPaths(resolveDataDir(process.env, app.getPath('userData'))).settings)
)

// One instance only: a second launch hands over to the first, so there are never two writers.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void start()
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // Nothing from outside: no navigation, no new windows, no webviews, no permissions.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  await app.whenReady()
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  const rendererDir = join(__dirname, '../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    // The policy travels as a header too, so it holds even for files without the meta tag.
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })

  const services = await createServices(resolveDataDir(process.env, app.getPath('userData')))
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    mainWindow?.webContents.send('hoinghi:event', event, payload)
  }
  const showOpen = (options: Electron.OpenDialogOptions) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)
  // The bundled worker sits beside this file in out/main (electron.vite.config.ts builds it).
  const tableWorker = join(__dirname, 'table-worker.js')
  const ctx: HandlerContext = {
    dataDir: services.store.dataDir,
    store: services.store,
    tables: processTableReader(utilityReaderProcess(tableWorker)),
    // Documents render under a time and memory limit too: a runaway document ends only its process.
    pdf: processPdfRenderer(
      utilityChildProcess<WorkerJob, WorkerReply>(join(__dirname, 'pdf-worker.js'), 'HoiNghi – tạo PDF')
    ),
    settings: services.settings,
    now: () => new Date(),
    appVersion: app.getVersion(),
    platform: process.platform,
    emit,
    shell: {
      async openPath(path) {
        const problem = await shell.openPath(path)
        if (problem) throw new Error(problem)
      }
    },
    dialogs: {
      async openFile({ title, filters }) {
        const result = await showOpen({ title, filters, properties: ['openFile'] })
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      async openFiles({ title, filters }) {
        const result = await showOpen({ title, filters, properties: ['openFile', 'multiSelections'] })
        return result.canceled ? null : result.filePaths
      },
      async saveFile({ title, defaultName, filters }) {
        const options = { title, defaultPath: defaultName, filters }
        const result = await (mainWindow
          ? dialog.showSaveDialog(mainWindow, options)
          : dialog.showSaveDialog(options))
        return result.canceled || !result.filePath ? null : result.filePath
      },
      async chooseFolder({ title }) {
        const result = await showOpen({ title, properties: ['openDirectory', 'createDirectory'] })
        return result.canceled ? null : (result.filePaths[0] ?? null)
      }
    }
  }
  const dispatch = createDispatch(allHandlers, ctx)
  const devServer = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

  ipcMain.handle('hoinghi:invoke', async (event, name: unknown, input: unknown) => {
    const frame = event.senderFrame
    if (!frame || !isTrustedSender(frame.url, frame === event.sender.mainFrame, devServer)) {
      return { ok: false, error: { code: 'forbidden', message: 'yêu cầu từ nguồn không tin cậy' } }
    }
    if (typeof name !== 'string')
      return { ok: false, error: { code: 'invalid-input', message: 'thiếu tên kênh' } }
    const result = await dispatch(name, input)
    if (name === 'settings:set' && result.ok) buildMenu(services.settings.data.language)
    return result
  })

  function sendCommand(command: EventPayload<'menu:command'>['command']): void {
    emit('menu:command', { command })
  }

  function buildMenu(language: Language): void {
    const t = MENU_LABELS[language]
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        {
          label: t['file'],
          submenu: [
            { label: t['new'], accelerator: 'CmdOrCtrl+N', click: () => sendCommand('new') },
            { label: t['open'], accelerator: 'CmdOrCtrl+O', click: () => sendCommand('open-external') },
            { label: t['saveCopy'], accelerator: 'CmdOrCtrl+Shift+S', click: () => sendCommand('save-copy') },
            { type: 'separator' },
            { label: t['quit'], role: 'quit' }
          ]
        },
        {
          label: t['edit'],
          submenu: [
            // Undo/redo act on the conference (every edit), not only on the focused text box. The
            // page handles the keys itself; the menu shows them without registering them, so one
            // key press never undoes twice.
            {
              label: t['undo'],
              accelerator: 'CmdOrCtrl+Z',
              registerAccelerator: false,
              click: () => sendCommand('undo')
            },
            {
              label: t['redo'],
              accelerator: 'CmdOrCtrl+Y',
              registerAccelerator: false,
              click: () => sendCommand('redo')
            },
            { type: 'separator' },
            { label: t['cut'], role: 'cut' },
            { label: t['copy'], role: 'copy' },
            { label: t['paste'], role: 'paste' },
            { label: t['selectAll'], role: 'selectAll' }
          ]
        },
        {
          label: t['view'],
          submenu: [
            {
              label: t['language'],
              submenu: [
                {
                  label: 'Tiếng Việt',
                  type: 'radio',
                  checked: language === 'vi',
                  click: () => sendCommand('language-vi')
                },
                {
                  label: 'English',
                  type: 'radio',
                  checked: language === 'en',
                  click: () => sendCommand('language-en')
                }
              ]
            },
            { type: 'separator' },
            { label: t['zoomIn'], role: 'zoomIn' },
            { label: t['zoomOut'], role: 'zoomOut' },
            { label: t['resetZoom'], role: 'resetZoom' },
            { label: t['fullscreen'], role: 'togglefullscreen' }
          ]
        }
      ])
    )
  }
  buildMenu(services.settings.data.language)

  const bounds = services.settings.data.windowBounds
  mainWindow = createMainWindow(BrowserWindow, join(__dirname, '../preload/index.cjs'), bounds)
  // Remembered on close and again before quitting: Cmd+Q and the menu's Quit fire before-quit first.
  const rememberBounds = (): void => {
    if (!mainWindow) return
    const { x, y, width, height } = mainWindow.getNormalBounds()
    void services.settings.update({
      windowBounds: { x, y, width, height, maximized: mainWindow.isMaximized() }
    })
  }
  mainWindow.on('close', rememberBounds)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  if (devServer) await mainWindow.loadURL(devServer)
  else await mainWindow.loadURL(`${APP_ORIGIN}/index.html`)

  // Pending saves reach the disk, and shared-folder locks are given back, before the process ends.
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    rememberBounds()
    // The window size and any other settings change must land too.
    void Promise.allSettled([
      services.settings.flush(),
      services.store.close(),
      ctx.tables.close(),
      ctx.pdf?.close()
    ]).finally(() => {
      flushed = true
      app.quit()
    })
  })
  app.on('window-all-closed', () => app.quit())
}
