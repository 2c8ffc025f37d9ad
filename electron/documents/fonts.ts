import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The four Tinos faces under the names the engine uses. Tinos has Times New Roman's metrics. */
export const FONT_FILES = {
  regular: 'Tinos_400Regular.ttf',
  italic: 'Tinos_400Regular_Italic.ttf',
  bold: 'Tinos_700Bold.ttf',
  boldItalic: 'Tinos_700Bold_Italic.ttf'
} as const
export type FontFace = keyof typeof FONT_FILES

const cache = new Map<string, Record<FontFace, Buffer>>()

/**
 * Reads the TTFs once per process: pdfkit re-parses a font for each document it is registered
 * with (cheap from a buffer), but re-reading 2 MB of files for every PDF is not.
 */
export function loadFonts(fontsDir: string): Record<FontFace, Buffer> {
  const cached = cache.get(fontsDir)
  if (cached) return cached
  const fonts = {
    regular: readFileSync(join(fontsDir, FONT_FILES.regular)),
    italic: readFileSync(join(fontsDir, FONT_FILES.italic)),
    bold: readFileSync(join(fontsDir, FONT_FILES.bold)),
    boldItalic: readFileSync(join(fontsDir, FONT_FILES.boldItalic))
  }
  cache.set(fontsDir, fonts)
  return fonts
}
