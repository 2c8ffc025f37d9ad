/**
 * What a finished draft edit should store: the normalised text, or null when nothing was typed
 * or the text, once normalised, is what is stored already (no empty undo step).
 */
export function draftCommit(
  draft: string | null,
  stored: string,
  normalize: (text: string) => string
): string | null {
  if (draft === null) return null
  const clean = normalize(draft)
  return clean === stored ? null : clean
}
