/** Names Windows keeps for devices: "CON.csv" opens the console, not a file, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i

/**
 * A conference title turned into a file name every system accepts, keeping the Vietnamese
 * letters: separators and characters Windows forbids become "-", control characters go, spaces
 * collapse, trailing dots and spaces (which Windows silently drops) are cut, and device names
 * such as CON or COM1 get a "_" in front. The result has no extension and at most `maxLength`
 * characters; `fallback` stands in when nothing usable is left.
 */
export function safeFileName(title: string, fallback: string, maxLength = 60): string {
  const cleaned = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
  // Cut by code point, so an emoji or a rare Han character is never split in half.
  const cut = Array.from(cleaned).slice(0, Math.max(1, maxLength)).join('')
  const trimmed = cut.replace(/^[\s.]+|[\s.]+$/g, '')
  if (trimmed === '') return fallback
  const stem = trimmed.split('.')[0]?.trim() ?? ''
  const named = RESERVED.test(stem) ? `_${trimmed}` : trimmed
  return Array.from(named)
    .slice(0, Math.max(1, maxLength))
    .join('')
    .replace(/[\s.]+$/, '')
}
