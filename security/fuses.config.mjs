// Electron fuses flipped in the packaged binary (with @electron/fuses' flipFuses, e.g. from an
// electron-builder afterPack hook). Plain JavaScript so any packaging script can import it;
// tests/safety/electronSecurity.test.ts reads it back, so no fuse is loosened without a failing test.
import { FuseV1Options, FuseVersion } from '@electron/fuses'

/**
 * @param {{ testBuild?: boolean }} [options] testBuild keeps --inspect so Playwright's Electron
 *   launcher can attach; release builds never accept it.
 */
export function hoinghiFuses(options = {}) {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: process.platform === 'darwin',
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node interpreter.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS=--require evil.js must not inject code into the app.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: options.testBuild === true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served from app://; file:// gets no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
  }
}

/** For packaging: `await applyFuses(pathToPackagedElectronBinary, { testBuild })`. */
export async function applyFuses(electronBinary, options = {}) {
  const { flipFuses } = await import('@electron/fuses')
  await flipFuses(electronBinary, hoinghiFuses(options))
}
