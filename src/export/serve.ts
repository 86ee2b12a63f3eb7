/** Serves a built deck on loopback, with the history fallback Slidev's router needs for /N and /presenter/N. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

export interface DeckServer {
  url: string
  close(): Promise<void>
}

export async function serveDeck(distDir: string, port = 0): Promise<DeckServer> {
  const handler = sirv(distDir, { single: true, dev: true, etag: true })
  const server: Server = createServer((req, res) => handler(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
