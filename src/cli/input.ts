/** Reads an article file into clean text. The byte-level decisions are documented in docs/safety.md. */
import { readFile, stat } from 'node:fs/promises'
import { DeckError } from '../errors.ts'

/**
 * Decodes UTF-8, replacing invalid sequences with U+FFFD (a stray byte should not cost the whole deck),
 * or UTF-16 when a byte order mark says so (Windows editors save "Unicode" that way); drops the BOM,
 * turns CRLF and lone CR into LF and NUL into U+FFFD.
 */
export function decodeArticle(bytes: Uint8Array): string {
  const text = new TextDecoder(encodingOf(bytes), { fatal: false, ignoreBOM: false })
    .decode(bytes)
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '\uFFFD')
  if (text.trim() === '') throw new DeckError('the article is empty; give a Markdown file with a title and some text')
  return text
}

function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return 'utf-16le'
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return 'utf-16be'
  return 'utf-8'
}

export async function readArticle(path: string, maxBytes: number): Promise<string> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new DeckError(`${path} is not a file; give the path of a Markdown article`)
    size = info.size
  } catch (error) {
    if (error instanceof DeckError) throw error
    throw new DeckError(`cannot read ${path}: no such file; give the path of a Markdown article`)
  }
  if (size > maxBytes) throw new DeckError(`${path} is ${size} bytes, over the ${maxBytes}-byte limit; raise it with --max-bytes`)
  return decodeArticle(await readFile(path))
}
