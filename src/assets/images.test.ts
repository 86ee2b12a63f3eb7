import { describe, expect, it } from 'vitest'
import { IMAGES } from '../config.ts'
import { articleImages, checkImageBytes, declaredType, deckPath, imageSource, imageWarning, isCopyName, sniffImage } from './images.ts'
import { parseArticle } from '../parse/article.ts'

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const ascii = (text: string) => Uint8Array.from(text, c => c.charCodeAt(0))
const ftyp = (major: string, ...compatible: string[]) => {
  const bytes = ascii(`\0\0\0\0ftyp${major}\0\0\0\0${compatible.join('')}`)
  new DataView(bytes.buffer).setUint32(0, bytes.length)
  return bytes
}

describe('imageSource', () => {
  it('takes paths relative to the article, decoded and normalised', () => {
    expect(imageSource('images/x.png')).toEqual({ kind: 'local', src: 'images/x.png', path: 'images/x.png' })
    expect(imageSource('./a.PNG')).toMatchObject({ kind: 'local', path: 'a.PNG' })
    expect(imageSource('my%20chart.jpeg?v=2#top')).toMatchObject({ kind: 'local', path: 'my chart.jpeg' })
    expect(imageSource('img\\b.webp')).toMatchObject({ kind: 'local', path: 'img/b.webp' })
    expect(imageSource('a/../b.avif')).toMatchObject({ kind: 'local', path: 'b.avif' })
    expect(imageSource('bad%zz.gif')).toMatchObject({ kind: 'local', path: 'bad%zz.gif' })
  })

  it('refuses paths that leave the article\'s folder, however they are written', () => {
    for (const src of ['../x.png', '../../etc/passwd.png', 'a/../../x.png', '%2e%2e/x.png', '..%2Fx.png', '..\\..\\x.png', '/etc/x.png', '/images/x.png', '%2Fetc%2Fx.png']) {
      expect(imageSource(src), src).toMatchObject({ kind: 'refused' })
    }
  })

  it('refuses SVG, other file types and addresses that are not http(s)', () => {
    expect(imageSource('logo.svg')).toMatchObject({ kind: 'refused', reason: expect.stringContaining('SVG') })
    expect(imageSource('logo.SVGZ')).toMatchObject({ kind: 'refused', reason: expect.stringContaining('SVG') })
    for (const src of ['../../etc/passwd', 'notes.txt', 'x.html', 'folder/', 'x', '', '  ', 'x\0.png']) expect(imageSource(src), src).toMatchObject({ kind: 'refused' })
    for (const src of ['data:image/png;base64,iVBOR', 'javascript:alert(1)', 'file:///etc/x.png', 'ftp://h/x.png', 'C:\\x.png', '//cdn.example.com/x.png']) {
      expect(imageSource(src), src).toMatchObject({ kind: 'refused' })
    }
  })

  it('takes http(s) URLs as remote, whatever their path says', () => {
    expect(imageSource('https://example.com/a.png')).toEqual({ kind: 'remote', src: 'https://example.com/a.png', url: 'https://example.com/a.png' })
    expect(imageSource('HTTP://example.com/img?id=3')).toMatchObject({ kind: 'remote', url: 'http://example.com/img?id=3' })
  })
})

describe('image bytes', () => {
  it('knows the raster types by their magic numbers', () => {
    expect(sniffImage(PNG)).toBe('png')
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(sniffImage(ascii('GIF89a....'))).toBe('gif')
    expect(sniffImage(ascii('GIF87a....'))).toBe('gif')
    expect(sniffImage(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp')
    expect(sniffImage(ftyp('avif', 'mif1'))).toBe('avif')
    expect(sniffImage(ftyp('mif1', 'avif', 'miaf'))).toBe('avif')
    expect(sniffImage(ftyp('heic', 'mif1'))).toBeUndefined()
    expect(sniffImage(ascii('RIFF\0\0\0\0WAVE'))).toBeUndefined()
    expect(sniffImage(ascii('<!doctype html><title>x</title>'))).toBeUndefined()
    expect(sniffImage(new Uint8Array())).toBeUndefined()
  })

  it('refuses HTML, SVG and over-large bytes, naming why', () => {
    expect(() => checkImageBytes(ascii('<html><script>x</script>'))).toThrow('not a PNG, JPEG, GIF, WebP or AVIF image')
    expect(() => checkImageBytes(ascii('<?xml version="1.0"?><svg onload="x">'))).toThrow('SVG')
    expect(() => checkImageBytes(ascii('  <svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'))).toThrow('SVG')
    const big = new Uint8Array(IMAGES.maxBytes + 1)
    big.set(PNG)
    expect(() => checkImageBytes(big)).toThrow('it is 10,485,761 bytes, over the 10 MB limit')
    expect(checkImageBytes(PNG)).toBe('png')
  })

  it('reads the type a server declares', () => {
    expect(declaredType('image/png')).toBe('png')
    expect(declaredType('IMAGE/JPEG; charset=binary')).toBe('jpeg')
    expect(declaredType('image/svg+xml')).toBe('svg')
    expect(declaredType('text/html')).toBeUndefined()
    expect(declaredType(undefined)).toBeUndefined()
  })
})

describe('copies', () => {
  it('are named by the hash of their bytes, with the type\'s extension', () => {
    const path = deckPath(PNG, 'png')
    expect(path).toMatch(/^\/images\/[0-9a-f]{12}\.png$/)
    expect(deckPath(PNG, 'png')).toBe(path)
    expect(deckPath(Uint8Array.from([0xff, 0xd8, 0xff]), 'jpeg')).toMatch(/\.jpg$/)
    expect(isCopyName(path.split('/')[2])).toBe(true)
    for (const name of ['logo.png', 'abcdef012345.svg', 'abcdef012345.png.next-1', 'ABCDEF012345.png']) expect(isCopyName(name), name).toBe(false)
  })

  it('are listed from the article\'s image blocks, each once', () => {
    const article = parseArticle('# T\n\n## A\n\n![a](x.png)\n\ntext\n\n![b](x.png)\n\n<img src="y.jpg" alt="y">\n\n## B\n\n![c](https://e.example/z.png)\n')
    expect(articleImages(article)).toEqual(['x.png', 'y.jpg', 'https://e.example/z.png'])
  })

  it('warn in one line, without control characters', () => {
    const line = imageWarning('a\n\u001b[31mb.png', 'no such file')
    expect(line).toBe('image a \uFFFD[31mb.png skipped: no such file')
    expect(imageWarning('x'.repeat(200), 'r').length).toBeLessThan(110)
  })
})
