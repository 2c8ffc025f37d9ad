/** A short random id for a new record (16 hex characters, like the ones the main side makes on import). */
export function newRecordId(): string {
  const bytes = new Uint8Array(8)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
