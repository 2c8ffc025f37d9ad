// A recording stand-in for the parts of Electron the main process uses. Everything it is asked
// to do is kept in `fake` so the driver can inspect it and play the part of the window and OS.
import { fork } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

export const fake = {
  singleInstance: process.env['FAKE_SINGLE_INSTANCE'] !== 'taken',
  quitCalls: 0,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  windows: [],
  menus: [],
  permissionRequest: null,
  permissionCheck: null,
  sent: [],
  switches: {},
  utilityProcesses: [],
  /** Milestones of the start, in ms since the process started, with the modules loaded by then. */
  startup: {}
}

/** Marks a milestone once (wall and CPU ms since the process started); the module log exists when the test runs with MODULE_LOG (tests/support/moduleLog). */
function milestone(name) {
  if (fake.startup[name]) return
  const log = process.env['MODULE_LOG']
  let modules = []
  try {
    if (log) modules = readFileSync(log, 'utf8').split('\n').filter(Boolean)
  } catch {
    // Nothing resolved through the hook yet.
  }
  const cpu = process.cpuUsage()
  fake.startup[name] = { at: performance.now(), cpu: (cpu.user + cpu.system) / 1000, modules }
}
globalThis.__fakeElectron = fake

let resolveReady
const ready = new Promise((resolve) => (resolveReady = resolve))

class FakeApp extends EventEmitter {
  isPackaged = false
  commandLine = {
    appendSwitch(name, value) {
      fake.switches[name] = value
    }
  }
  requestSingleInstanceLock() {
    return fake.singleInstance
  }
  quit() {
    fake.quitCalls += 1
  }
  whenReady() {
    return ready
  }
  getPath(name) {
    return `/nonexistent/${name}`
  }
  getVersion() {
    return '0.0.0-fake'
  }
}
export const app = new FakeApp()
setTimeout(() => resolveReady(), 0)

class FakeWebContents extends EventEmitter {
  constructor() {
    super()
    this.mainFrame = { url: 'app://hoinghi/index.html' }
    this.windowOpenHandler = null
  }
  send(channel, ...args) {
    fake.sent.push({ channel, args })
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.loaded = []
    this.webContents = new FakeWebContents()
    this.maximized = false
    fake.windows.push(this)
    milestone('windowCreated')
    app.emit('web-contents-created', {}, this.webContents)
  }
  loadURL(url) {
    this.loaded.push(url)
    // As Electron does once the page has painted: main shows the window on this event.
    setImmediate(() => this.emit('ready-to-show'))
    return Promise.resolve()
  }
  maximize() {
    this.maximized = true
  }
  isMaximized() {
    return this.maximized
  }
  isMinimized() {
    return false
  }
  restore() {}
  focus() {}
  show() {
    milestone('windowShown')
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1200, height: 800 }
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    fake.privilegedSchemes.push(...schemes)
  },
  handle(scheme, handler) {
    fake.protocolHandlers.set(scheme, handler)
  }
}

export const net = {
  async fetch(url) {
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200 })
    } catch {
      return new Response('missing', { status: 404 })
    }
  }
}

export const ipcMain = {
  handle(channel, handler) {
    fake.ipcHandlers.set(channel, handler)
    milestone('handlersRegistered')
  }
}

export const Menu = {
  buildFromTemplate(template) {
    return { template }
  },
  setApplicationMenu(menu) {
    fake.menus.push(menu.template)
  }
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      fake.permissionRequest = handler
    },
    setPermissionCheckHandler(handler) {
      fake.permissionCheck = handler
    }
  }
}

export const dialog = {
  // The file the clerk would pick, when the test names one.
  async showOpenDialog() {
    const picked = process.env.FAKE_OPEN_FILE
    return picked ? { canceled: false, filePaths: [picked] } : { canceled: true, filePaths: [] }
  },
  async showSaveDialog() {
    return { canceled: true }
  }
}

export const shell = {
  async openPath() {
    return ''
  }
}

// Electron's utility process is a Node child with a message port; a forked child plays it here.
export const utilityProcess = {
  fork(modulePath, args = [], options = {}) {
    fake.utilityProcesses.push({
      modulePath,
      execArgv: options.execArgv ?? [],
      serviceName: options.serviceName
    })
    const child = fork(modulePath, args, {
      execArgv: options.execArgv ?? [],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc']
    })
    const events = new EventEmitter()
    child.on('message', (message) => events.emit('message', message))
    child.on('exit', (code) => events.emit('exit', code ?? 1))
    return {
      postMessage: (message) => child.send(message),
      on: (event, listener) => events.on(event, listener),
      off: (event, listener) => events.off(event, listener),
      kill: () => child.kill('SIGKILL')
    }
  }
}

export const contextBridge = {}
export const ipcRenderer = {}
export default { app, BrowserWindow, protocol, net, ipcMain, Menu, session, dialog, shell, utilityProcess }
