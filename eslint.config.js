import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

import { builtinModules } from 'node:module'

/**
 * Every Node built-in under both spellings (`fs`, `node:fs`, `fs/promises`). Bare names go in `paths`
 * (exact match): as patterns, `events` would also forbid a local `./events`.
 */
const nodeBuiltinNames = builtinModules.filter((name) => !name.startsWith('_'))
const nodeBuiltins = ['node:*']
function nodeBuiltinPaths(message) {
  return nodeBuiltinNames.map((name) => ({ name, message }))
}

/** Electron under any spelling: `electron`, `electron/main`, `electron/common`, `electron/renderer`. */
const electronModules = ['electron', 'electron/*']

/** Libraries that only work (or only belong) in the main process: they must never reach shared/ or renderer/. */
const nodeOnlyLibraries = [
  'pdfkit',
  'pdfkit/*',
  'fontkit',
  'lowdb',
  'lowdb/*',
  'steno',
  'exceljs',
  'exceljs/*',
  'iconv-lite',
  'xlsx',
  'xlsx/*',
  'papaparse',
  'docx',
  'tsx',
  'tsx/*'
]

/**
 * The main process's folders by layer. Imports go downwards only:
 * main/preload → adapters (api, cli, handlers) → operations → services → shared.
 */
const adapterFolders = ['api', 'cli', 'handlers']
const serviceFolders = [
  'storage',
  'conferenceFiles',
  'importExport',
  'documents',
  'settings',
  'collect',
  'backup'
]
const entryFolders = ['main', 'preload']

/** A restricted-import pattern for each folder of electron/ named, from anywhere below electron/. */
function electronFolderPatterns(folders) {
  return folders.flatMap((folder) => [
    `**/electron/${folder}/**`,
    `../${folder}/**`,
    `../../${folder}/**`,
    `../../../${folder}/**`
  ])
}

/**
 * Libraries that cost a start-up hundreds of ms (issue 15): code loads them through its service's
 * lazy helper, never by a static import (type imports are free). A rule of its own, beside the
 * layer rules above, so the two never override each other.
 */
const lazySpreadsheetLibraries = /^(xlsx|exceljs|papaparse|iconv-lite)(\/|$)/
const lazyDocumentLibraries = /^(pdfkit|fontkit|docx)(\/|$)/
function staticImportOf(pattern, message) {
  return { selector: `ImportDeclaration[importKind!='type'][source.value=${pattern}]`, message }
}
const loadSpreadsheetLibrariesLazily = staticImportOf(
  lazySpreadsheetLibraries,
  'Load it through electron/importExport/lazyLibraries.ts, on first use (issue 15).'
)
const loadDocumentEngineLazily = staticImportOf(
  lazyDocumentLibraries,
  'Only the document engine in electron/documents/ imports it; others load the engine through electron/documents/lazyPdfkit.ts.'
)

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'artifacts/**',
      '.tmp/**',
      'playwright-report/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ]
    }
  },
  {
    files: [
      'electron/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
      'bin/**/*.mjs',
      'scripts/**/*.mjs',
      'tests/**/*.mjs',
      'security/**/*.mjs',
      '*.config.ts',
      '*.config.js'
    ],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // shared/ is pure: it runs in both processes, so it may not reach for Electron, Node or the DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('shared/ must stay pure (no electron, node: or DOM modules).'),
          patterns: [
            {
              group: [...electronModules, ...nodeBuiltins, 'react', 'react-dom', 'react/*'],
              message: 'shared/ must stay pure (no electron, node: or DOM modules).'
            },
            {
              group: nodeOnlyLibraries,
              message: 'shared/ must stay pure: main-process libraries belong in electron/ services.'
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ may not depend on a process folder.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'require',
        'Buffer'
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('The renderer reaches the main process only through window.api.'),
          patterns: [
            {
              group: [...electronModules, ...nodeBuiltins],
              message: 'The renderer reaches the main process only through window.api.'
            },
            {
              group: nodeOnlyLibraries,
              message:
                'The renderer may not load main-process libraries; ask the main process through window.api.'
            },
            { group: ['**/electron/**'], message: 'The renderer may import shared/, never electron/.' }
          ]
        }
      ]
    }
  },
  {
    // shared/ holds pure rules and data, never React components.
    files: ['shared/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'shared/ holds no .tsx: components belong in renderer/.' }
      ]
    }
  },
  {
    // Only the entry points may import electron: everything else must load in plain Node.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: electronModules,
              message: 'Only electron/main and electron/preload may import electron (under any spelling).'
            },
            { group: ['**/renderer/**'], message: 'electron/ may not import the renderer.' }
          ]
        }
      ]
    }
  },
  {
    // Adapters (IPC handlers, CLI, dispatch) sit under the entry points and may not reach up into them.
    files: adapterFolders.map((folder) => `electron/${folder}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: electronModules,
              message: 'Only electron/main and electron/preload may import electron.'
            },
            { group: ['**/renderer/**'], message: 'electron/ may not import the renderer.' },
            {
              group: electronFolderPatterns(entryFolders),
              message: 'Adapters may not import the entry points (main, preload).'
            }
          ]
        }
      ]
    }
  },
  {
    // Operations are use cases over services: no adapter or entry point above them.
    files: ['electron/operations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: electronModules,
              message: 'Only electron/main and electron/preload may import electron.'
            },
            { group: ['**/renderer/**'], message: 'electron/ may not import the renderer.' },
            {
              group: electronFolderPatterns([...entryFolders, ...adapterFolders]),
              message: 'Operations may not import adapters (api, cli, handlers) or entry points.'
            }
          ]
        }
      ]
    }
  },
  {
    // Services (conference files, import/export, documents, settings) are the bottom of electron/.
    files: serviceFolders.map((folder) => `electron/${folder}/**/*.ts`),
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: electronModules,
              message: 'Only electron/main and electron/preload may import electron.'
            },
            { group: ['**/renderer/**'], message: 'electron/ may not import the renderer.' },
            {
              group: electronFolderPatterns([...entryFolders, ...adapterFolders, 'operations']),
              message: 'Services may not import operations, adapters (api, cli, handlers) or entry points.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts', 'electron/importExport/lazyLibraries.ts', 'electron/documents/**'],
    rules: {
      'no-restricted-syntax': ['error', loadSpreadsheetLibrariesLazily, loadDocumentEngineLazily]
    }
  },
  {
    // The document engine itself (pdfkit, fontkit, docx), loaded as a whole by lazyPdfkit.ts.
    files: ['electron/documents/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', loadSpreadsheetLibrariesLazily] }
  }
)
