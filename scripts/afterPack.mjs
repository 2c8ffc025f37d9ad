// electron-builder afterPack hook: flips HoiNghi's fuses (security/fuses.config.mjs) in the
// packaged Electron binary, before signing and before the installers wrap it. A binary without
// the fuse wire fails the build rather than shipping unfused.
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { getCurrentFuseWire } from '@electron/fuses'
import { applyFuses, hoinghiFuses } from '../security/fuses.config.mjs'

/**
 * The file that carries the fuse wire: the .app bundle on macOS (@electron/fuses finds the
 * framework inside), the executable elsewhere.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { projectDir: string, appInfo: { productFilename: string }, executableName?: string, getResourcesDir: (appOutDir: string) => string } }} context
 */
export function packagedElectronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${name}.app`)
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`)
  return join(appOutDir, packager.executableName ?? name)
}

/** @param {Parameters<typeof packagedElectronBinary>[0]} context */
export default async function afterPack(context) {
  // HOINGHI_TEST_BUILD=1 keeps --inspect so Playwright can drive the packaged app in CI.
  const testBuild = process.env['HOINGHI_TEST_BUILD'] === '1'
  const binary = packagedElectronBinary(context)
  await applyFuses(binary, { testBuild })
  const wire = await getCurrentFuseWire(binary)
  const wanted = hoinghiFuses({ testBuild })
  for (const [fuse, enabled] of Object.entries(wanted)) {
    if (!/^\d+$/.test(fuse) || typeof enabled !== 'boolean') continue
    // '1' (49) is on, '0' (48) is off; a removed fuse ('r') is left as Electron built it.
    const state = wire[Number(fuse)]
    if (state === 114) continue
    if (state !== (enabled ? 49 : 48)) throw new Error(`fuse ${fuse} is ${state} after flipping`)
  }
  const licences = join(context.packager.getResourcesDir(context.appOutDir), 'licenses')
  await mkdir(licences, { recursive: true })
  await copyFile(
    join(context.packager.projectDir, 'resources/fonts/OFL.txt'),
    join(licences, 'Tinos-OFL.txt')
  )
  console.log(`  • fuses flipped  binary=${binary}${testBuild ? ' (test build: --inspect kept)' : ''}`)
}
