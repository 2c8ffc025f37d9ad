import type { CliCommand } from '../cliIo'
import { exportCommand } from './exportCommand'
import { importCommand } from './importCommand'
import { newCommand } from './newCommand'
import { renderCommand } from './renderCommand'
import { settingsCommand } from './settingsCommand'
import { validateCommand } from './validateCommand'

/** Later issues add import, export and render here. */
export const commands: CliCommand[] = [
  newCommand,
  validateCommand,
  importCommand,
  exportCommand,
  renderCommand,
  settingsCommand
]
