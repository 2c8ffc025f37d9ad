import type { CliCommand } from '../cliIo'
import { newCommand } from './newCommand'
import { validateCommand } from './validateCommand'

/** Later issues add import, export and render here. */
export const commands: CliCommand[] = [newCommand, validateCommand]
