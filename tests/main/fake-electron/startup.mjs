// Starts the built main process against the fake Electron, waits for its window to be shown and
// prints one JSON line: when the handlers were registered and the window created and shown (ms
// since the process started), and which modules were loaded by then (run with MODULE_LOG and
// --import tests/support/moduleLog/register.mjs). Used by tests/e2e/mainStartup.spec.ts and the bench.
const mainEntry = process.argv[2]
await import(mainEntry)
const fake = globalThis.__fakeElectron

for (let waited = 0; !fake.startup.windowShown; waited += 5) {
  if (waited > 20_000)
    throw new Error(`the window was not shown: ${JSON.stringify(Object.keys(fake.startup))}`)
  await new Promise((resolve) => setTimeout(resolve, 5))
}
console.log(JSON.stringify(fake.startup))
process.exit(0)
