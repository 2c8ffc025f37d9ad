import { processTableReader } from '../../../electron/importExport/tableReader'
import { tsReaderProcess } from '../../support/tsReaderProcess'
import { createReadStream, promises as fs } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import type { EventName, EventPayload } from '../../../shared/api/events'
import { createDispatch } from '../../../electron/api/dispatch'
import type { HandlerContext } from '../../../electron/api/handlerContext'
import { createServices } from '../../../electron/api/createServices'
import { allHandlers } from '../../../electron/handlers/allHandlers'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

/**
 * Test-only stand-in for Electron's IPC: serves the built renderer over http://127.0.0.1 and
 * answers POST /__api/invoke with the very same dispatch and handlers the main process uses.
 * Dialog answers are queued by the test; events go out as server-sent events.
 */
export interface LoopbackApp {
  url: string
  dataDir: string
  ctx: HandlerContext
  /** The next open/save/folder dialogs answer with these paths, in order (null = cancel). */
  queueDialogAnswers(...answers: (string | null)[]): void
  openedPaths: string[]
  close(): Promise<void>
}

export async function startLoopbackApp(rendererDir: string, dataDir: string): Promise<LoopbackApp> {
  const services = await createServices(dataDir)
  const answers: (string | null)[] = []
  const openedPaths: string[] = []
  const streams = new Set<ServerResponse>()
  const nextAnswer = async () => (answers.length > 0 ? (answers.shift() ?? null) : null)
  const ctx: HandlerContext = {
    dataDir,
    store: services.store,
    tables: processTableReader(tsReaderProcess),
    settings: services.settings,
    now: () => new Date(),
    appVersion: 'test',
    platform: process.platform,
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      const line = `data: ${JSON.stringify({ event, payload })}\n\n`
      for (const stream of streams) stream.write(line)
    },
    dialogs: { openFile: nextAnswer, saveFile: nextAnswer, chooseFolder: nextAnswer },
    shell: {
      async openPath(path) {
        openedPaths.push(path)
      }
    }
  }
  const dispatch = createDispatch(allHandlers, ctx)
  const root = resolve(rendererDir)

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500)
      response.end(String(error))
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/__api/invoke' && request.method === 'POST') {
      const chunks: Buffer[] = []
      for await (const chunk of request) chunks.push(chunk as Buffer)
      const { name, input } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        name: string
        input: unknown
      }
      const result = await dispatch(name, input)
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(result))
      return
    }
    if (url.pathname === '/__api/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive'
      })
      response.write(': connected\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return
    }
    const relativePath = normalize(
      decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
    ).replace(/^[/\\]+/, '')
    const file = resolve(root, relativePath)
    if (!file.startsWith(root)) {
      response.writeHead(403)
      response.end()
      return
    }
    try {
      await fs.access(file)
    } catch {
      response.writeHead(404)
      response.end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    ctx,
    openedPaths,
    queueDialogAnswers: (...more) => answers.push(...more),
    async close() {
      for (const stream of streams) stream.end()
      // Keep-alive sockets of the page would otherwise hold close() until they time out.
      const closed = new Promise<void>((done) => server.close(() => done()))
      server.closeAllConnections()
      await closed
      await services.store.close()
    }
  }
}

export const RENDERER_DIR = join(process.cwd(), 'out', 'renderer')
