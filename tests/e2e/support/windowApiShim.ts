/// <reference lib="dom" />
/**
 * Runs in the page before the app: gives it the same window.api the preload exposes in
 * Electron, carried over fetch and server-sent events instead of IPC. Test-only.
 */
export function installWindowApi(): void {
  type Listener = (payload: unknown) => void
  const listeners = new Map<string, Set<Listener>>()
  let source: EventSource | null = null
  const ensureEvents = () => {
    if (source) return
    source = new EventSource('/__api/events')
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data as string) as { event: string; payload: unknown }
      for (const listener of listeners.get(event) ?? []) listener(payload)
    }
  }
  const api = {
    async invoke(name: string, input: unknown) {
      const response = await fetch('/__api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, input })
      })
      return response.json() as Promise<unknown>
    },
    on(event: string, listener: Listener) {
      ensureEvents()
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    }
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), configurable: false, writable: false })
}
