/** Serves built decks on loopback, with the history fallback Slidev's router needs for /N and /presenter/N. */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve, sep } from 'node:path'
import sirv from 'sirv'

export interface DeckServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string
  /** The origin and `base`, without the trailing slash: `${url}/1` is the first slide. */
  url: string
  close(): Promise<void>
}

/**
 * Serves `root` under the URL path `base` (a deck built with `--base`). A path that is no file gets the nearest
 * index.html above it: the deck's own for one deck, and for a folder of decks (`--out-dir`) the right deck's.
 * Functions as `root` and `base` are asked on the first request (or `url`): a server started before its deck is
 * built, or before it is known which deck it serves.
 */
export async function serveDeck(root: string | (() => string), port = 0, base: string | ((folder: string) => string) = '/'): Promise<DeckServer> {
  let served: { folder: string, base: string, files: ReturnType<typeof sirv> } | undefined
  const deck = () => {
    if (served) return served
    const folder = resolve(typeof root === 'string' ? root : root())
    return served = { folder, base: typeof base === 'string' ? base : base(folder), files: sirv(folder, { dev: true, etag: true }) }
  }
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404
    res.end()
  }
  const server: Server = createServer((req, res) => {
    const { folder, base, files } = deck()
    const { pathname, search } = new URL(req.url ?? '/', 'http://deck')
    if (!pathname.startsWith(base)) return notFound(res)
    req.url = `/${pathname.slice(base.length)}${search}`
    files(req, res, () => {
      const index = nearestIndex(folder, req.url!.split('?')[0])
      if (index === undefined) return notFound(res)
      req.url = index
      files(req, res, () => notFound(res))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    get url() {
      return `${origin}${deck().base.replace(/\/$/, '')}`
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

/** The URL path of the index.html nearest above `path` inside `folder`. */
function nearestIndex(folder: string, path: string): string | undefined {
  let segments: string[]
  try {
    segments = decodeURIComponent(path).split('/').filter(Boolean)
  } catch {
    return undefined
  }
  for (let depth = segments.length; depth >= 0; depth--) {
    const dir = resolve(folder, ...segments.slice(0, depth))
    if (dir !== folder && !dir.startsWith(folder + sep)) continue
    if (existsSync(join(dir, 'index.html'))) return `/${segments.slice(0, depth).map(encodeURIComponent).join('/')}${depth ? '/' : ''}index.html`
  }
  return undefined
}

/** The URL path a build serves under (Vite writes it before every asset URL in index.html); `/` by default. */
export function builtBase(distDir: string): string {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  return /\ssrc="([^"]*\/)assets\//.exec(html)?.[1] ?? '/'
}
