/**
 * The article's images, decided without I/O: where each image block's source points (a file inside the article's
 * folder, an http(s) URL, or neither), whether bytes are an image type the deck carries, and the name a copy gets.
 * ./copy.ts reads, downloads and writes; docs/safety.md gives the rules.
 */
import { createHash } from 'node:crypto'
import { posix } from 'node:path'
import { IMAGES } from '../config.ts'
import { oneLine, safeUrl } from '../escape.ts'
import type { Article } from '../types.ts'

/** Raster types only: an SVG is a document that can carry script, so it is refused, never copied. */
export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif'

export type ImageSource =
  /** `path`: relative to the article's folder, normalised, never leaving it. */
  | { kind: 'local', src: string, path: string }
  | { kind: 'remote', src: string, url: string }
  | { kind: 'refused', src: string, reason: string }

/** The one-line reason a copy is refused, for the warning the CLI prints. */
export class ImageRefused extends Error {}

const EXTENSIONS: Record<string, ImageType | 'svg'> = {
  png: 'png', apng: 'png', jpg: 'jpeg', jpeg: 'jpeg', jpe: 'jpeg', jfif: 'jpeg', gif: 'gif', webp: 'webp', avif: 'avif', svg: 'svg', svgz: 'svg',
}
const MEDIA_TYPES: Record<string, ImageType | 'svg'> = {
  'image/png': 'png', 'image/apng': 'png', 'image/jpeg': 'jpeg', 'image/jpg': 'jpeg', 'image/pjpeg': 'jpeg', 'image/gif': 'gif',
  'image/webp': 'webp', 'image/avif': 'avif', 'image/svg+xml': 'svg',
}
const SUFFIX: Record<ImageType, string> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif' }

export const TYPES_NAMED = 'PNG, JPEG, GIF, WebP or AVIF'
export const SVG_REFUSED = 'an SVG can carry script, so it is not copied; convert it to PNG'

/** The image sources of the article's sections, each once, in order. */
export function articleImages(article: Article): string[] {
  const sources = article.sections.flatMap(section => section.blocks.flatMap(block => block.kind === 'image' ? [block.src] : []))
  return [...new Set(sources)]
}

export function imageSource(src: string): ImageSource {
  const refused = (reason: string): ImageSource => ({ kind: 'refused', src, reason })
  const raw = src.trim()
  if (raw === '') return refused('it has no address')
  if (/^[a-z][a-z\d+.-]*:/i.test(raw)) {
    const url = safeUrl(raw)
    return url ? { kind: 'remote', src, url } : refused('only http(s) addresses and files in the article\'s folder are shown')
  }
  if (raw.startsWith('//')) return refused('an address without http: or https: is not fetched; write it in full')
  // A query or fragment is not part of a file's name; authors on Windows write `\`.
  const path = decodePath(raw.replace(/[?#].*$/s, '')).replace(/\\/g, '/')
  if (path.includes('\0')) return refused('its path holds a NUL character')
  if (path.startsWith('/')) return refused('its path starts at a web site\'s root, not the article\'s folder; write it relative to the article')
  const normal = posix.normalize(path)
  if (normal === '..' || normal.startsWith('../')) return refused('it is outside the article\'s folder; move it next to the article')
  const type = EXTENSIONS[posix.extname(normal).slice(1).toLowerCase()]
  if (type === 'svg') return refused(SVG_REFUSED)
  if (!type || normal.endsWith('/')) return refused(`only ${TYPES_NAMED} files are copied`)
  return { kind: 'local', src, path: normal }
}

/** markdown-it percent-encodes link targets (`my%20chart.png`); a name that is not valid percent-encoding is kept as written. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** The image type from the file's first bytes (its magic number), whatever its name or server says. */
export function sniffImage(bytes: Uint8Array): ImageType | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
  const startsWith = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte)
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg'
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif'
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  if (ascii(4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand, then (after the minor version) the compatible brands, up to the box's end.
    const end = Math.min(bytes.length, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0))
    const brands = [8, ...Array.from({ length: Math.max(0, (end - 16) / 4) }, (_, i) => 16 + 4 * i)].map(at => ascii(at, at + 4))
    if (brands.some(brand => brand === 'avif' || brand === 'avis')) return 'avif'
  }
  return undefined
}

/** What a server's `Content-Type` says the body is: an image type we carry, an SVG, or (undefined) anything else. */
export function declaredType(contentType: string | undefined): ImageType | 'svg' | undefined {
  return MEDIA_TYPES[(contentType ?? '').split(';')[0].trim().toLowerCase()]
}

/** Image bytes → their type, or an ImageRefused naming why they are not an image we copy. */
export function checkImageBytes(bytes: Uint8Array): ImageType {
  if (bytes.length > IMAGES.maxBytes) throw new ImageRefused(tooLarge(bytes.length))
  const type = sniffImage(bytes)
  if (!type) throw new ImageRefused(/^\s*(<\?xml|<svg)/i.test(ascii(bytes.subarray(0, 256))) ? SVG_REFUSED : `its bytes are not a ${TYPES_NAMED} image`)
  return type
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes)
}

export function tooLarge(bytes: number): string {
  return `it is ${bytes.toLocaleString('en')} bytes, over the ${IMAGES.maxBytes / 1024 / 1024} MB limit for an image; make it smaller`
}

/** The copy's URL in the deck, `/images/<first hex digits of SHA-256>.<type>`: the same bytes always get the same name. */
export function deckPath(bytes: Uint8Array, type: ImageType): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, IMAGES.hashDigits)
  return `/${IMAGES.folder}/${hash}.${SUFFIX[type]}`
}

/** Whether a file name is one of our copies (the rest of a deck's `public/images/` is left alone). */
export function isCopyName(name: string): boolean {
  return new RegExp(`^[0-9a-f]{${IMAGES.hashDigits}}\\.(?:${Object.values(SUFFIX).join('|')})$`).test(name)
}

/** One warning line about an image: its source as text (no control characters), shortened, and the reason. */
export function imageWarning(src: string, reason: string): string {
  const shown = oneLine(src)
  return `image ${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown} skipped: ${reason}`
}
