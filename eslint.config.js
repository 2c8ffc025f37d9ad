import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'util',
  'worker_threads',
  'stream',
  'url'
]

/**
 * Libraries that cost a start-up hundreds of ms: code loads them through its service's lazy
 * helper (electron/importExport/lazyLibraries.ts; the PDF engine through
 * electron/documents/lazyPdfkit.ts), never by a static import. Type imports are free.
 */
const lazy = (message) => (name) => ({ name, allowTypeImports: true, message })
const spreadsheetLibraries = ['xlsx', 'exceljs', 'papaparse', 'iconv-lite'].map(
  lazy('Load it through electron/importExport/lazyLibraries.ts, on first use (issue 15).')
)
const documentLibraries = ['pdfkit', 'fontkit', 'docx'].map(
  lazy('Only the document engine in electron/documents/ imports it; others load the engine lazily.')
)
const sheetJsParts = {
  group: ['xlsx/*'],
  allowTypeImports: true,
  message: 'Load it through electron/importExport/lazyLibraries.ts, on first use (issue 15).'
}
const onlyEntryPointsImportElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.'
}
const noRenderer = { group: ['**/renderer/**'], message: 'electron/ may not import the renderer.' }

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
          patterns: [
            {
              group: ['electron', ...nodeBuiltins, 'react', 'react-dom'],
              message: 'shared/ must stay pure (no electron, node: or DOM modules).'
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
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer reaches the main process only through window.api.'
            },
            { group: ['**/electron/**'], message: 'The renderer may import shared/, never electron/.' }
          ]
        }
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
          paths: [onlyEntryPointsImportElectron, ...spreadsheetLibraries, ...documentLibraries],
          patterns: [noRenderer, sheetJsParts]
        }
      ]
    }
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...spreadsheetLibraries, ...documentLibraries], patterns: [noRenderer, sheetJsParts] }
      ]
    }
  },
  {
    // The PDF engine itself, loaded as a whole by lazyPdfkit.ts.
    files: ['electron/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyEntryPointsImportElectron, ...spreadsheetLibraries],
          patterns: [noRenderer, sheetJsParts]
        }
      ]
    }
  },
  {
    // The lazy helper is where the spreadsheet libraries are imported (dynamically); tests may
    // import anything they check against.
    files: ['electron/importExport/lazyLibraries.ts', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [onlyEntryPointsImportElectron], patterns: [noRenderer] }]
    }
  }
)
