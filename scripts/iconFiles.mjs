// ICO and ICNS containers around PNG images. Both formats accept PNG payloads as they are
// (ICO since Windows Vista, ICNS since macOS 10.7), so no pixel encoding is needed here.

/** ICO sizes Windows asks for (Explorer, taskbar, Start menu, installer). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

/** ICNS element types holding PNG data, by pixel size (retina types reuse the doubled size). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512]
]

/**
 * @param {{ size: number, png: Buffer }[]} images
 * @returns {Buffer}
 */
export function buildIco(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  const entries = []
  let offset = 6 + 16 * images.length
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16)
    // 256 is stored as 0: the field is one byte.
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt8(0, 2)
    entry.writeUInt8(0, 3)
    entry.writeUInt16LE(1, 4)
    entry.writeUInt16LE(32, 6)
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    entries.push(entry)
    offset += png.length
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)])
}

/**
 * @param {{ type: string, png: Buffer }[]} elements
 * @returns {Buffer}
 */
export function buildIcns(elements) {
  const parts = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

/**
 * Reads an ICO directory back: what Windows would see.
 * @param {Buffer} ico
 */
export function readIcoDirectory(ico) {
  const count = ico.readUInt16LE(4)
  const entries = []
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i
    const width = ico.readUInt8(at) || 256
    const length = ico.readUInt32LE(at + 8)
    const offset = ico.readUInt32LE(at + 12)
    entries.push({ width, png: ico.subarray(offset, offset + length) })
  }
  return { type: ico.readUInt16LE(2), entries }
}

/**
 * Width and height from a PNG's IHDR chunk.
 * @param {Buffer} png
 */
export function pngSize(png) {
  const signature = '89504e470d0a1a0a'
  if (png.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}
