import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Each case is a one-line file placed where the rule applies. The layer rules are only worth
 * something if they fire, so every rule has a breaking case, and the allowed directions have
 * cases that must stay clean.
 */
const root = join(__dirname, '..', '..')
const eslint = new ESLint({ cwd: root })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`)
}

const breaking: Array<[string, string, string]> = [
  [
    'a handler imports electron/main',
    'electron/handlers/x.ts',
    "import { ipcMain } from 'electron/main'\nvoid ipcMain"
  ],
  ['a handler imports electron', 'electron/handlers/x.ts', "import { app } from 'electron'\nvoid app"],
  [
    'a service imports electron/common',
    'electron/documents/x.ts',
    "import { shell } from 'electron/common'\nvoid shell"
  ],
  [
    'storage imports a handler',
    'electron/storage/x.ts',
    "import { h } from '../handlers/conferenceHandlers'\nvoid h"
  ],
  ['storage imports the CLI', 'electron/storage/x.ts', "import { c } from '../cli/runCli'\nvoid c"],
  [
    'a service imports the dispatcher',
    'electron/importExport/x.ts',
    "import { d } from '../api/dispatch'\nvoid d"
  ],
  [
    'a service imports an operation',
    'electron/documents/x.ts',
    "import { o } from '../operations/render'\nvoid o"
  ],
  ['an operation imports a handler', 'electron/operations/x.ts', "import { h } from '../handlers/x'\nvoid h"],
  ['a handler imports the main entry', 'electron/handlers/x.ts', "import { m } from '../main/index'\nvoid m"],
  ['shared imports pdfkit', 'shared/documents/x.ts', "import PDFDocument from 'pdfkit'\nvoid PDFDocument"],
  ['shared imports lowdb', 'shared/model/x.ts', "import { Low } from 'lowdb'\nvoid Low"],
  ['shared imports exceljs', 'shared/importExport/x.ts', "import ExcelJS from 'exceljs'\nvoid ExcelJS"],
  ['shared imports iconv-lite', 'shared/text/x.ts', "import iconv from 'iconv-lite'\nvoid iconv"],
  ['shared imports node:fs', 'shared/text/x.ts', "import { readFileSync } from 'node:fs'\nvoid readFileSync"],
  ['shared imports fs/promises', 'shared/text/x.ts', "import { readFile } from 'fs/promises'\nvoid readFile"],
  [
    'shared imports electron/renderer',
    'shared/api/x.ts',
    "import { ipcRenderer } from 'electron/renderer'\nvoid ipcRenderer"
  ],
  ['shared holds a component', 'shared/delegates/x.tsx', 'export const x = 1'],
  ['the renderer imports pdfkit', 'renderer/src/x.ts', "import PDFDocument from 'pdfkit'\nvoid PDFDocument"],
  ['the renderer imports xlsx', 'renderer/src/x.ts', "import * as XLSX from 'xlsx'\nvoid XLSX"],
  [
    'the renderer imports electron/renderer',
    'renderer/src/x.ts',
    "import { ipcRenderer } from 'electron/renderer'\nvoid ipcRenderer"
  ],
  ['the renderer imports node:path', 'renderer/src/x.ts', "import { join } from 'node:path'\nvoid join"],
  ['the renderer imports path', 'renderer/src/x.ts', "import { join } from 'path'\nvoid join"],
  [
    'the renderer imports the main process',
    'renderer/src/x.ts',
    "import { s } from '../../electron/storage/x'\nvoid s"
  ],
  // Heavy libraries load on first use, through their service's lazy helper (issue 15).
  ['a handler imports ExcelJS', 'electron/handlers/x.ts', "import ExcelJS from 'exceljs'\nvoid ExcelJS"],
  [
    'a command imports pdfkit',
    'electron/cli/commands/x.ts',
    "import PDFDocument from 'pdfkit'\nvoid PDFDocument"
  ],
  [
    'the main entry imports SheetJS code pages',
    'electron/main/x.ts',
    "import * as codepages from 'xlsx/dist/cpexcel.full.mjs'\nvoid codepages"
  ],
  [
    'the document engine imports Papa Parse',
    'electron/documents/x.ts',
    "import Papa from 'papaparse'\nvoid Papa"
  ]
]

const allowed: Array<[string, string, string]> = [
  [
    'shared imports a sibling named like a Node module',
    'shared/api/x.ts',
    "import { e } from './events'\nvoid e"
  ],
  [
    'a handler imports storage',
    'electron/handlers/x.ts',
    "import { s } from '../storage/conferenceStore'\nvoid s"
  ],
  [
    'an operation imports a service',
    'electron/operations/x.ts',
    "import { s } from '../documents/renderDocument'\nvoid s"
  ],
  ['the main entry imports electron', 'electron/main/x.ts', "import { app } from 'electron'\nvoid app"],
  [
    'a service imports pdfkit',
    'electron/documents/x.ts',
    "import PDFDocument from 'pdfkit'\nvoid PDFDocument"
  ],
  [
    'a service names a SheetJS type',
    'electron/importExport/x.ts',
    "import type { WorkBook } from 'xlsx'\nexport type Book = WorkBook"
  ],
  [
    'the renderer imports shared',
    'renderer/src/x.ts',
    "import { s } from '../../shared/model/conference'\nvoid s"
  ]
]

describe('layer rules', () => {
  it.each(breaking)('reports %s', async (_name, file, code) => {
    const found = await problems(file, code)
    expect(found.some((line) => /no-restricted-(imports|syntax)/.test(line))).toBe(true)
  })

  it.each(allowed)('allows %s', async (_name, file, code) => {
    const found = await problems(file, code)
    expect(found.filter((line) => /no-restricted/.test(line))).toEqual([])
  })
})
