/** The byte-level decisions of reading an article (docs/safety.md, "Bytes"). */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DeckError } from '../errors.ts'
import { decodeArticle, readArticle } from './input.ts'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map(p => typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))

describe('decodeArticle', () => {
  it('replaces invalid UTF-8 (stray, truncated, overlong, surrogate) with U+FFFD and keeps the rest', () => {
    const text = decodeArticle(bytes('# A', [0xFF], 'b', [0xE4, 0xB8], 'c', [0xC0, 0xAF], 'd', [0xED, 0xA0, 0x80], 'e'))
    expect(text).toMatch(/^# A\uFFFDb\uFFFDc\uFFFD+d\uFFFD+e$/)
    expect(text.isWellFormed()).toBe(true)
  })

  it('drops a leading UTF-8 BOM only', () => {
    expect(decodeArticle(bytes([0xEF, 0xBB, 0xBF], '# T\n'))).toBe('# T\n')
  })

  it('decodes UTF-16 with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('# 标题\r\n正文', 'utf16le')])
    const be = Buffer.from(le.subarray(2)).swap16()
    expect(decodeArticle(le)).toBe('# 标题\n正文')
    expect(decodeArticle(Buffer.concat([Buffer.from([0xFE, 0xFF]), be]))).toBe('# 标题\n正文')
  })

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeArticle(bytes('# T\r\n\r\nA\rB\n'))).toBe('# T\n\nA\nB\n')
  })

  it('turns NUL into U+FFFD', () => {
    expect(decodeArticle(bytes('# T\0x'))).toBe('# T\uFFFDx')
  })

  it.each([
    ['empty', bytes()],
    ['a BOM only', bytes([0xEF, 0xBB, 0xBF])],
    ['white space only', bytes(' \t\r\n\n\u00A0\u3000')],
  ])('refuses %s with a DeckError', (_, input) => {
    expect(() => decodeArticle(input)).toThrow(DeckError)
    expect(() => decodeArticle(input)).toThrow(/empty/)
  })
})

describe('readArticle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-input-'))

  it('refuses a file over the byte limit before reading it', async () => {
    const path = join(dir, 'big.md')
    writeFileSync(path, '# T\n' + 'x'.repeat(100))
    await expect(readArticle(path, 50)).rejects.toThrow(/over the 50-byte limit; raise it with --max-bytes/)
    await expect(readArticle(path, 200)).resolves.toMatch(/^# T/)
  })

  it('refuses a folder, a device and a missing path with a DeckError', async () => {
    for (const path of [dir, '/dev/zero', join(dir, 'missing.md')]) await expect(readArticle(path, 1000)).rejects.toThrow(DeckError)
  })
})
