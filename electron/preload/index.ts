import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/api/channelNames'
import type { HoiNghiApi } from '../../shared/api/channels'
import type { EventName } from '../../shared/api/events'

// Plain name lists, not the zod contract: the bundled preload stays a few KB (preloadSize.test.ts).
const allowedChannels = new Set<string>(CHANNEL_NAMES)
const allowedEvents = new Set<string>(EVENT_NAMES)

/** The renderer's whole view of the main process: one typed invoke and one event subscription. */
const api = {
  invoke(name, input) {
    if (!allowedChannels.has(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'forbidden', message: `kênh không tồn tại: ${String(name)}` }
      })
    }
    return ipcRenderer.invoke('hoinghi:invoke', name, input)
  },
  on(event, listener) {
    if (!allowedEvents.has(event)) return () => undefined
    const wrapped = (_e: IpcRendererEvent, name: EventName, payload: unknown) => {
      if (name === event) (listener as (payload: unknown) => void)(payload)
    }
    ipcRenderer.on('hoinghi:event', wrapped)
    return () => ipcRenderer.removeListener('hoinghi:event', wrapped)
  }
} satisfies HoiNghiApi

contextBridge.exposeInMainWorld('api', api)
