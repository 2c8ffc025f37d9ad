import type { CliCommand } from '../cliIo'

/**
 * Every command by name, each module imported only when that command runs: `hoinghi validate`
 * never loads what `render` or `import` need (pdfkit, SheetJS, ExcelJS). A new command is one
 * line here, `name: async () => (await import('./nameCommand')).nameCommand`; never a static
 * import at the top of this file (commandRegistry.test.ts refuses one). The command's own module
 * loads its heavy libraries through the lazy helpers (electron/importExport/lazyLibraries.ts,
 * electron/documents/lazyPdfkit.ts), so loading it for `--help` stays cheap.
 */
export const commandLoaders: Record<string, () => Promise<CliCommand>> = {
  new: async () => (await import('./newCommand')).newCommand,
  validate: async () => (await import('./validateCommand')).validateCommand,
  import: async () => (await import('./importCommand')).importCommand,
  export: async () => (await import('./exportCommand')).exportCommand,
  render: async () => (await import('./renderCommand')).renderCommand,
  templates: async () => (await import('./templatesCommand')).templatesCommand,
  collect: async () => (await import('./collectCommand')).collectCommand,
  backup: async () => (await import('./backupCommands')).backupCommand,
  restore: async () => (await import('./backupCommands')).restoreCommand,
  unlock: async () => (await import('./unlockCommand')).unlockCommand,
  settings: async () => (await import('./settingsCommand')).settingsCommand
}

/** Every command, loaded: for the usage text, which lists them all. */
export async function loadAllCommands(): Promise<CliCommand[]> {
  return Promise.all(Object.values(commandLoaders).map((load) => load()))
}
