import { execFileSync } from 'node:child_process'

/** poppler-utils come from apt; the read-back tests skip with a message when they are missing. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export function pdfText(
  file: string,
  options: { layout?: boolean; first?: number; last?: number } = {}
): string {
  const args = [
    ...(options.layout === false ? [] : ['-layout']),
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
    '-enc',
    'UTF-8',
    file,
    '-'
  ]
  return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** Text of each page (pdftotext separates pages with form feeds). */
export function pdfPages(file: string): string[] {
  const pages = pdfText(file).split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

export interface PageSize {
  page: number
  width: number
  height: number
}

export function pageSizes(file: string): PageSize[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', file], { encoding: 'utf8' })
  return [...out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    page: Number(match[1]),
    width: Number(match[2]),
    height: Number(match[3])
  }))
}

export interface FontRow {
  name: string
  embedded: boolean
  subset: boolean
}

export function pdfFonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/)
    // name type… encoding emb sub uni object ID: the three flags sit before the last two columns.
    const flags = parts.slice(-5, -2)
    return { name: parts[0] ?? '', embedded: flags[0] === 'yes', subset: flags[1] === 'yes' }
  })
}

export interface Word {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  pageWidth: number
  pageHeight: number
}

/** Every word with its box (points, origin top-left) from `pdftotext -bbox`. */
export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const words: Word[] = []
  let page = 0
  let pageWidth = 0
  let pageHeight = 0
  const pattern =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
  for (const match of html.matchAll(pattern)) {
    if (match[1] !== undefined) {
      page++
      pageWidth = Number(match[1])
      pageHeight = Number(match[2])
      continue
    }
    words.push({
      page,
      pageWidth,
      pageHeight,
      xMin: Number(match[3]),
      yMin: Number(match[4]),
      xMax: Number(match[5]),
      yMax: Number(match[6]),
      text: decode(match[7] ?? '')
    })
  }
  return words
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

export function renderPng(file: string, prefix: string, pages = 2): void {
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(pages), file, prefix])
}
