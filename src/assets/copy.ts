/**
 * The I/O of the article's images: read the files in the article's folder, download remote ones (only when asked,
 * `--fetch-images`), check them (./images.ts) and write the copies into the deck's `public/images/` through the
 * run's Staging. An image that fails a rule is skipped with a warning; the deck is built without it.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { constants } from 'node:fs'
import { open, readdir, realpath, rm, stat } from 'node:fs/promises'
import { request as httpGet, type IncomingMessage } from 'node:http'
import { request as httpsGet } from 'node:https'
import { BlockList, isIP } from 'node:net'
import { basename, isAbsolute, join, relative } from 'node:path'
import { IMAGES } from '../config.ts'
import type { Staging } from '../build/outputs.ts'
import { checkImageBytes, declaredType, deckPath, imageSource, imageWarning, ImageRefused, type ImageSource, isCopyName, SVG_REFUSED, tooLarge, TYPES_NAMED } from './images.ts'

export interface DeckImage {
  /** The image block's source, as the article wrote it (the key the planner looks up). */
  src: string
  /** Where the deck serves the copy, `/images/<hash>.<ext>`. */
  deckPath: string
  bytes: Uint8Array
}

export interface CollectOptions {
  /** The folder the article is in: local images must be inside it. */
  articleDir: string
  /** Download http(s) images (`--fetch-images`); without it no request is made. */
  fetch: boolean
  fetchOptions?: FetchOptions
}

export interface FetchOptions {
  /** Tests serve images on 127.0.0.1; a real run never fetches from loopback, private or link-local addresses. */
  allowPrivateHosts?: boolean
  timeoutMs?: number
}

/** Every image the deck can show, and one warning line for each one it cannot, in the article's order. */
export async function collectImages(sources: string[], options: CollectOptions): Promise<{ images: DeckImage[], warnings: string[] }> {
  const classified = sources.map(imageSource)
  const refused = classified.flatMap(source => source.kind === 'refused' ? [imageWarning(source.src, source.reason)] : [])
  const wanted = classified.filter((source): source is Exclude<ImageSource, { kind: 'refused' }> => source.kind === 'local' || (source.kind === 'remote' && options.fetch))
  const remote = classified.filter(source => source.kind === 'remote').length
  const outcomes = await inParallel(wanted.slice(0, IMAGES.maxCount), IMAGES.fetch.parallel, async (source): Promise<DeckImage | string> => {
    try {
      const bytes = source.kind === 'local' ? await readLocalImage(options.articleDir, source.path) : await fetchImage(source.url, options.fetchOptions)
      return { src: source.src, deckPath: deckPath(bytes, checkImageBytes(bytes)), bytes }
    } catch (error) {
      if (error instanceof ImageRefused) return imageWarning(source.src, error.message)
      throw error
    }
  })
  const warnings = [...refused, ...outcomes.filter(outcome => typeof outcome === 'string')]
  if (!options.fetch && remote > 0) {
    warnings.push(`${remote} remote image${remote === 1 ? '' : 's'} not downloaded (the addresses are in the speaker notes); --fetch-images downloads them`)
  }
  if (wanted.length > IMAGES.maxCount) warnings.push(`${wanted.length - IMAGES.maxCount} images after the first ${IMAGES.maxCount} skipped: a deck carries at most ${IMAGES.maxCount}`)
  return { images: outcomes.filter(outcome => typeof outcome !== 'string'), warnings }
}

/** The planner's map: image source → the copy's path in the deck. */
export function imageMap(images: DeckImage[]): Map<string, string> {
  return new Map(images.map(image => [image.src, image.deckPath]))
}

/** Where a deck's copies live: `<root>/public/images/` (Slidev serves `public/` at the deck's root). */
export function copiesFolder(deckRoot: string): string {
  return join(deckRoot, 'public', IMAGES.folder)
}

/** The copy's file: `/images/x.png` → `<root>/public/images/x.png`. */
export function copyFile(deckRoot: string, path: string): string {
  return join(copiesFolder(deckRoot), basename(path))
}

/**
 * Writes the copies into `<root>/public/images/` now: Slidev reads `public/` from the deck's folder during the build
 * and export. Staging removes the new ones again if the run fails.
 */
export async function writeImages(images: DeckImage[], deckRoot: string, staging: Staging): Promise<void> {
  const byPath = new Map(images.map(image => [image.deckPath, image.bytes]))
  for (const [path, bytes] of byPath) await staging.place(copyFile(deckRoot, path), bytes)
}

/** Removes earlier runs' copies from an images folder (a `public/images/` or a built `dist/images/`): only `keep` stays. */
export async function pruneCopies(folder: string, keep: string[]): Promise<void> {
  const kept = new Set(keep.map(path => basename(path)))
  const names = await readdir(folder).catch(() => [])
  await Promise.all(names.filter(name => isCopyName(name) && !kept.has(name)).map(name => rm(join(folder, name), { force: true })))
}

/** A file inside the article's folder (symbolic links resolved: the file itself must be inside too), as bytes. */
export async function readLocalImage(articleDir: string, path: string): Promise<Uint8Array> {
  const root = await realpath(articleDir)
  let file: string
  try {
    file = await realpath(join(root, path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ImageRefused(code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file in the article\'s folder' : `it cannot be read (${code})`)
  }
  const inside = relative(root, file)
  if (inside.startsWith('..') || isAbsolute(inside)) throw new ImageRefused('it links to a file outside the article\'s folder; copy the file next to the article')
  const info = await stat(file)
  if (!info.isFile()) throw new ImageRefused('it is not a regular file')
  if (info.size > IMAGES.maxBytes) throw new ImageRefused(tooLarge(info.size))
  // O_NONBLOCK: should the file have become a FIFO since the check, opening it does not wait for a writer.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/**
 * GETs an image: http(s) only, at most IMAGES.fetch.maxRedirects redirects (each http(s) again), the whole download
 * within the timeout, at most IMAGES.maxBytes, a declared raster image type; the caller checks the bytes.
 */
export async function fetchImage(url: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? IMAGES.fetch.timeoutMs
  const signal = AbortSignal.timeout(timeoutMs)
  let address = new URL(url)
  try {
    for (let redirects = 0; ; redirects++) {
      if (address.protocol !== 'http:' && address.protocol !== 'https:') throw new ImageRefused('it redirects to an address that is not http(s)')
      const response = await get(address, signal, options.allowPrivateHosts ?? false)
      const status = response.statusCode ?? 0
      if ([301, 302, 303, 307, 308].includes(status)) {
        response.destroy()
        if (redirects >= IMAGES.fetch.maxRedirects) throw new ImageRefused(`the server redirects more than ${IMAGES.fetch.maxRedirects} times`)
        if (!response.headers.location) throw new ImageRefused(`the server answered ${status} without a new address`)
        address = new URL(response.headers.location, address)
        continue
      }
      if (status !== 200) {
        response.destroy()
        throw new ImageRefused(`the server answered ${status}`)
      }
      const declared = declaredType(response.headers['content-type'])
      if (declared === undefined || declared === 'svg') {
        response.destroy()
        throw new ImageRefused(declared === 'svg' ? SVG_REFUSED : `the server calls it ${response.headers['content-type'] ?? 'nothing'}, not a ${TYPES_NAMED} image`)
      }
      const length = Number(response.headers['content-length'])
      if (length > IMAGES.maxBytes) {
        response.destroy()
        throw new ImageRefused(tooLarge(length))
      }
      return await readBody(response)
    }
  } catch (error) {
    if (signal.aborted) throw new ImageRefused(`the download took longer than ${timeoutMs / 1000} s`)
    if (error instanceof ImageRefused) throw error
    throw new ImageRefused(`the download failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

function get(address: URL, signal: AbortSignal, allowPrivateHosts: boolean): Promise<IncomingMessage> {
  const host = address.hostname.replace(/^\[|\]$/g, '')
  if (!allowPrivateHosts && isIP(host) && isPrivate(host)) return Promise.reject(new ImageRefused(`${host} is a private address; only public hosts are fetched`))
  const request = address.protocol === 'https:' ? httpsGet : httpGet
  return new Promise((resolve, reject) => {
    const req = request(address, {
      signal,
      headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif', 'user-agent': 'article-deck' },
      lookup: allowPrivateHosts ? undefined : publicLookup,
    }, resolve)
    req.on('error', reject)
    req.end()
  })
}

/** The body, refused as soon as it grows past the limit. */
function readBody(response: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > IMAGES.maxBytes) {
        response.destroy()
        reject(new ImageRefused(tooLarge(size)))
      } else chunks.push(chunk)
    })
    response.on('error', reject)
    response.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

/** Loopback, private, link-local, shared, reserved and multicast ranges: an article must not reach into the local network. */
const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6')

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return PRIVATE.check(mapped, 'ipv4')
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/** DNS lookup for the connection itself, so a name cannot resolve to a private address (nor rebind to one later). */
function publicLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    const blocked = addresses.find(a => isPrivate(a.address))
    if (blocked) return callback(new ImageRefused(`${hostname} resolves to the private address ${blocked.address}; only public hosts are fetched`), [])
    if (options.all) callback(null, addresses)
    else callback(null, addresses[0].address, addresses[0].family)
  })
}

async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
