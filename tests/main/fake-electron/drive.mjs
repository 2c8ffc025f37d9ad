// Runs the built main process against the fake Electron and acts as the window and the OS would,
// printing one JSON report for tests/main/mainProcess.test.ts to check.
const mainEntry = process.argv[2]
await import(mainEntry)
const fake = globalThis.__fakeElectron

async function until(condition, what) {
  for (let waited = 0; waited < 10000; waited += 20) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`timed out waiting for ${what}`)
}

const report = { quitCalls: 0, windows: 0 }
if (!fake.singleInstance) {
  await new Promise((resolve) => setTimeout(resolve, 300))
  report.quitCalls = fake.quitCalls
  report.windows = fake.windows.length
  console.log(JSON.stringify(report))
  process.exit(0)
}

await until(() => fake.windows.length > 0 && fake.windows[0].loaded.length > 0, 'the window')
const window = fake.windows[0]
report.windows = fake.windows.length
report.switches = fake.switches
report.privilegedSchemes = fake.privilegedSchemes
report.webPreferences = window.options.webPreferences
report.loaded = window.loaded

const serve = fake.protocolHandlers.get('app')
const index = await serve(new Request('app://hoinghi/index.html'))
report.index = {
  status: index.status,
  csp: index.headers.get('content-security-policy'),
  hasRoot: (await index.text()).includes('id="root"')
}
const traversal = await serve(new Request('app://hoinghi/%2e%2e/%2e%2e/package.json'))
const foreign = await serve(new Request('app://elsewhere/index.html'))
report.refused = [traversal.status, foreign.status]

const invoke = fake.ipcHandlers.get('hoinghi:invoke')
const trusted = { senderFrame: window.webContents.mainFrame, sender: window.webContents }
const created = await invoke(trusted, 'conferences:create', { title: 'Hội nghị giao ban Quý III năm 2024' })
const listed = await invoke(trusted, 'conferences:list', {})
const subFrame = await invoke(
  { senderFrame: { url: 'app://hoinghi/index.html' }, sender: window.webContents },
  'conferences:list',
  {}
)
const foreignFrame = { url: 'https://example.invalid/' }
const remote = await invoke(
  { senderFrame: foreignFrame, sender: { mainFrame: foreignFrame } },
  'conferences:list',
  {}
)
const badName = await invoke(trusted, 42, {})
report.ipc = {
  created: created.ok,
  listed: listed.ok ? listed.value.length : -1,
  subFrame: subFrame.error?.code,
  remote: remote.error?.code,
  badName: badName.error?.code
}

// An import file read by the bundled table worker, as the built app reads it.
const pick = await invoke(trusted, 'import:pickFile', { kind: 'delegates' })
const preview =
  pick.ok && pick.value
    ? await invoke(trusted, 'import:preview', { token: pick.value.token, kind: 'delegates' })
    : pick
report.readerProcesses = fake.utilityProcesses.map((started) => ({
  module: started.modulePath.split(/[\\/]/).at(-1),
  execArgv: started.execArgv
}))
report.importPreview = preview.ok
  ? { rows: preview.value.totalRows, first: preview.value.records[0]?.name }
  : { error: preview.error?.message }

report.menuBefore = fake.menus.at(-1).map((item) => item.label)
await invoke(trusted, 'settings:set', { language: 'en' })
report.menuAfter = fake.menus.at(-1).map((item) => item.label)
const editMenu = fake.menus.at(-1)[1].submenu
report.undoItem = { accelerator: editMenu[0].accelerator, registers: editMenu[0].registerAccelerator }
editMenu[0].click()
report.sentUndo = fake.sent.some(
  (message) => message.args[0] === 'menu:command' && message.args[1].command === 'undo'
)

let permission = null
fake.permissionRequest({}, 'media', (granted) => (permission = granted))
report.permission = { request: permission, check: fake.permissionCheck({}, 'media') }

let navigationPrevented = false
window.webContents.emit(
  'will-navigate',
  { preventDefault: () => (navigationPrevented = true) },
  'https://example.invalid/'
)
report.navigationPrevented = navigationPrevented
report.windowOpen = window.webContents.windowOpenHandler({ url: 'https://example.invalid/' })

window.emit('close')
await new Promise((resolve) => setTimeout(resolve, 100))
// Cmd+Q / menu Quit: before-quit comes first, with the window where the clerk left it.
window.getNormalBounds = () => ({ x: 64, y: 48, width: 1280, height: 860 })
let quitPrevented = false
fake.quitCalls = 0
// app.emit runs the before-quit listener; it must hold the quit until saves and locks are done.
const { app } = await import('electron')
app.emit('before-quit', { preventDefault: () => (quitPrevented = true) })
await until(() => fake.quitCalls > 0, 'the quit after flushing')
report.quit = { prevented: quitPrevented, thenQuit: fake.quitCalls }
console.log(JSON.stringify(report))
process.exit(0)
