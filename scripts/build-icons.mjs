// Draws resources/icon/hoinghi.svg into the PNG, ICO and ICNS files electron-builder needs.
// Chromium (Debian's, or CHROMIUM_PATH) rasterises the SVG at each size itself, so small icons
// are drawn from the vector rather than scaled down from a large bitmap. The outputs are
// committed; run `node scripts/build-icons.mjs` after changing the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { ICNS_TYPES, ICO_SIZES, buildIcns, buildIco, pngSize } from './iconFiles.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const iconDir = join(root, 'resources/icon')
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512]

const svg = await readFile(join(iconDir, 'hoinghi.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
})
const page = await browser.newPage({ deviceScaleFactor: 1 })
/** @type {Map<number, Buffer>} */
const pngs = new Map()
const sizes = [...new Set([...ICO_SIZES, ...LINUX_SIZES, ...ICNS_TYPES.map(([, size]) => size)])]
for (const size of sizes.sort((a, b) => a - b)) {
  await page.setViewportSize({ width: size, height: size })
  const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`)
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`
  )
  const png = await page.screenshot({ omitBackground: true, type: 'png' })
  const { width, height } = pngSize(png)
  if (width !== size || height !== size) throw new Error(`${size}px came out ${width}×${height}`)
  pngs.set(size, png)
}
await browser.close()

const at = (size) => {
  const png = pngs.get(size)
  if (!png) throw new Error(`no ${size}px image`)
  return png
}
await mkdir(join(iconDir, 'png'), { recursive: true })
for (const size of LINUX_SIZES) await writeFile(join(iconDir, 'png', `${size}x${size}.png`), at(size))
await writeFile(join(iconDir, 'icon.png'), at(1024))
await writeFile(join(iconDir, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: at(size) }))))
await writeFile(
  join(iconDir, 'icon.icns'),
  buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: at(size) })))
)
console.log(`resources/icon: icon.png, icon.ico (${ICO_SIZES.join(', ')}), icon.icns, png/`)
