import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { FONT_FILES, type FontFace } from '../fonts'

/** Width in points of one line of text in a face and size. */
export type MeasureText = (text: string, face: FontFace, size: number) => number

interface FontkitFont {
  unitsPerEm: number
  layout(text: string): { advanceWidth: number }
}

const require = createRequire(import.meta.url)

/**
 * Measures with the bundled Tinos faces, which have Times New Roman's advance widths: the rules
 * under the issuing body and the motto come out as long as in Word with Times New Roman itself.
 * fontkit is pdfkit's own font parser, so nothing new is installed for it.
 */
export function tinosMeasure(fontsDir: string): MeasureText {
  const fontkit = require('fontkit') as { create(buffer: Buffer): FontkitFont }
  const faces = new Map<FontFace, FontkitFont>()
  return (text, face, size) => {
    let font = faces.get(face)
    if (!font) {
      font = fontkit.create(readFileSync(join(fontsDir, FONT_FILES[face])))
      faces.set(face, font)
    }
    return (font.layout(text.normalize('NFC')).advanceWidth / font.unitsPerEm) * size
  }
}
