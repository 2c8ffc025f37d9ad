import type * as Docx from 'docx'

let loading: Promise<typeof Docx> | null = null

/** The Word library is loaded the first time a .docx is asked for, never at start-up. */
export function loadDocx(): Promise<typeof Docx> {
  loading ??= import('docx')
  return loading
}
