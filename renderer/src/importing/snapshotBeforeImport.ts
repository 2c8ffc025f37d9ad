/**
 * Before an import: save what the clerk typed, then take a snapshot the History screen can restore.
 * The flush comes first so the snapshot holds the latest edits, not the state a second ago. Resolves
 * to null when both worked, else the reason, so the wizard can say so instead of importing blind.
 */
export async function snapshotBeforeImport(
  flush: (() => Promise<void>) | null,
  snapshot: () => Promise<unknown>,
  describe: (error: unknown) => string
): Promise<string | null> {
  try {
    if (flush) await flush()
    await snapshot()
    return null
  } catch (error) {
    return describe(error)
  }
}
