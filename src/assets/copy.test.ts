/**
 * The images' I/O against real files and a local HTTP server on 127.0.0.1 (no request leaves the machine; hosts that
 * must not be reached are `.invalid`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Staging } from '../build/outputs.ts'
import { IMAGES } from '../config.ts'
import { collectImages, copyFile, fetchImage, imageMap, pruneCopies, readLocalImage, writeImages } from './copy.ts'
import { deckPath } from './images.ts'

const PNG = readFileSync(join(import.meta.dirname, '../../tests/corpus/pypi.png'))
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=1</script></svg>'

let server: Server
let base: string
const requests: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const send = (type: string, body: string | Uint8Array, status = 200) => res.writeHead(status, { 'content-type': type }).end(body)
    switch (req.url) {
      case '/ok.png': return send('image/png', PNG)
      case '/no-extension': return send('image/png; charset=binary', PNG)
      case '/page.png': return send('text/html', '<!doctype html><script>window.__pwned=1</script>')
      case '/liar.png': return send('image/png', '<!doctype html><script>window.__pwned=1</script>')
      case '/evil.svg': return send('image/svg+xml', SVG)
      case '/evil-as-png.png': return send('image/png', SVG)
      case '/declared-big.png': return res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(IMAGES.maxBytes + 1) }).end()
      case '/streamed-big.png': {
        res.writeHead(200, { 'content-type': 'image/png' })
        const chunk = Buffer.alloc(1024 * 1024)
        for (let i = 0; i < 11; i++) res.write(i === 0 ? Buffer.concat([PNG, chunk]) : chunk)
        return res.end()
      }
      case '/slow.png': {
        res.writeHead(200, { 'content-type': 'image/png' })
        res.write(PNG.subarray(0, 16))
        return setTimeout(() => res.end(PNG.subarray(16)), 5000).unref()
      }
      case '/to-ok': return res.writeHead(302, { location: '/ok.png' }).end()
      case '/loop': return res.writeHead(302, { location: '/loop' }).end()
      case '/to-file': return res.writeHead(301, { location: 'file:///etc/passwd' }).end()
      case '/to-data': return res.writeHead(307, { location: 'data:image/png;base64,iVBORw0KGgo=' }).end()
      case '/to-invalid': return res.writeHead(302, { location: 'http://unreachable.invalid/x.png' }).end()
      default: return send('text/plain', 'not found', 404)
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

const local = { allowPrivateHosts: true, timeoutMs: 2000 }

describe('fetchImage', () => {
  it('downloads an image, following a redirect', async () => {
    expect(Buffer.from(await fetchImage(`${base}/ok.png`, local)).equals(PNG)).toBe(true)
    expect(Buffer.from(await fetchImage(`${base}/to-ok`, local)).equals(PNG)).toBe(true)
    expect(Buffer.from(await fetchImage(`${base}/no-extension`, local)).equals(PNG)).toBe(true)
  })

  it('refuses what is not a raster image, too large, too slow or redirected away from http(s)', async () => {
    const refusal = (path: string, options = local) => fetchImage(`${base}${path}`, options).then(() => 'fetched', (error: Error) => error.message)
    expect(await refusal('/page.png')).toBe('the server calls it text/html, not a PNG, JPEG, GIF, WebP or AVIF image')
    expect(await refusal('/evil.svg')).toMatch(/^an SVG can carry script/)
    expect(await refusal('/declared-big.png')).toMatch(/^it is 10,485,761 bytes, over the 10 MB limit/)
    expect(await refusal('/streamed-big.png')).toMatch(/over the 10 MB limit/)
    const started = performance.now()
    expect(await refusal('/slow.png', { ...local, timeoutMs: 300 })).toBe('the download took longer than 0.3 s')
    expect(performance.now() - started).toBeLessThan(2000)
    expect(await refusal('/loop')).toBe(`the server redirects more than ${IMAGES.fetch.maxRedirects} times`)
    expect(await refusal('/to-file')).toBe('it redirects to an address that is not http(s)')
    expect(await refusal('/to-data')).toBe('it redirects to an address that is not http(s)')
    expect(await refusal('/to-invalid')).toMatch(/^the download failed \(ENOTFOUND|EAI_AGAIN/)
    expect(await refusal('/missing.png')).toBe('the server answered 404')
  })

  it('never connects to loopback or private addresses in a real run', async () => {
    const before = requests.length
    const port = new URL(base).port
    for (const url of [`${base}/ok.png`, `http://localhost:${port}/ok.png`, `http://[::1]:${port}/ok.png`, `http://[::ffff:127.0.0.1]:${port}/ok.png`, `http://10.0.0.1:${port}/x.png`]) {
      await expect(fetchImage(url, { timeoutMs: 2000 }), url).rejects.toThrow(/private address/)
    }
    expect(requests.length).toBe(before)
  })
})

describe('collectImages', () => {
  it('copies the images next to the article and warns about each one it skips', async () => {
    const root = mkdtempSync(join(tmpdir(), 'deck-images-'))
    const folder = join(root, 'article')
    mkdirSync(join(folder, 'images'), { recursive: true })
    writeFileSync(join(folder, 'images', 'x.png'), PNG)
    writeFileSync(join(folder, 'page.png'), '<!doctype html><script>window.__pwned=1</script>')
    writeFileSync(join(folder, 'secret.png'), 'x')
    writeFileSync(join(root, 'outside.png'), PNG)
    symlinkSync(join(root, 'outside.png'), join(folder, 'escape.png'))
    symlinkSync(join(folder, 'images', 'x.png'), join(folder, 'inside.png'))
    mkdirSync(join(folder, 'folder.png'))
    writeFileSync(join(folder, 'huge.png'), PNG)
    truncateSync(join(folder, 'huge.png'), IMAGES.maxBytes + 1)
    const fifo = spawnSync('mkfifo', [join(folder, 'fifo.png')]).status === 0

    const sources = ['images/x.png', './inside.png', 'page.png', 'escape.png', '../outside.png', '../../etc/passwd', 'folder.png', 'huge.png', 'missing.png', 'logo.svg', ...(fifo ? ['fifo.png'] : [])]
    const { images, warnings } = await collectImages(sources, { articleDir: folder, fetch: false })
    const path = deckPath(PNG, 'png')
    expect([...imageMap(images)]).toEqual([['images/x.png', path], ['./inside.png', path]])
    expect(warnings).toEqual([
      "image ../outside.png skipped: it is outside the article's folder; move it next to the article",
      "image ../../etc/passwd skipped: it is outside the article's folder; move it next to the article",
      'image logo.svg skipped: an SVG can carry script, so it is not copied; convert it to PNG',
      'image page.png skipped: its bytes are not a PNG, JPEG, GIF, WebP or AVIF image',
      "image escape.png skipped: it links to a file outside the article's folder; copy the file next to the article",
      'image folder.png skipped: it is not a regular file',
      'image huge.png skipped: it is 10,485,761 bytes, over the 10 MB limit for an image; make it smaller',
      "image missing.png skipped: no such file in the article's folder",
      ...(fifo ? ['image fifo.png skipped: it is not a regular file'] : []),
    ])
    await expect(readLocalImage(folder, 'secret.png')).resolves.toHaveLength(1)
  })

  it('makes no request without --fetch-images, and says where the addresses went', async () => {
    const before = requests.length
    const { images, warnings } = await collectImages([`${base}/ok.png`, `${base}/to-ok`], { articleDir: tmpdir(), fetch: false })
    expect(images).toEqual([])
    expect(warnings).toEqual(['2 remote images not downloaded (the addresses are in the speaker notes); --fetch-images downloads them'])
    expect(requests.length).toBe(before)
  })

  it('downloads with --fetch-images, checking the bytes as well as the declared type', async () => {
    const sources = [`${base}/ok.png`, `${base}/liar.png`, `${base}/evil-as-png.png`, `${base}/evil.svg`]
    const { images, warnings } = await collectImages(sources, { articleDir: tmpdir(), fetch: true, fetchOptions: local })
    expect(images.map(image => image.src)).toEqual([`${base}/ok.png`])
    expect(warnings).toEqual([
      `image ${base}/liar.png skipped: its bytes are not a PNG, JPEG, GIF, WebP or AVIF image`,
      `image ${base}/evil-as-png.png skipped: an SVG can carry script, so it is not copied; convert it to PNG`,
      `image ${base}/evil.svg skipped: an SVG can carry script, so it is not copied; convert it to PNG`,
    ])
  })
})

describe('writeImages', () => {
  it('places copies in public/images for the build, removes new ones if the run fails, and prunes old ones', async () => {
    const deck = mkdtempSync(join(tmpdir(), 'deck-out-'))
    const image = { src: 'x.png', deckPath: deckPath(PNG, 'png'), bytes: PNG }
    const failed = new Staging()
    await writeImages([image], deck, failed)
    expect(readFileSync(copyFile(deck, image.deckPath)).equals(PNG)).toBe(true)
    await failed.discard()
    expect(readdirSync(deck)).toEqual([])

    const done = new Staging()
    await writeImages([image, { ...image, src: 'again.png' }], deck, done)
    await done.commit()
    const folder = join(deck, 'public', 'images')
    writeFileSync(join(folder, 'aaaaaaaaaaaa.png'), 'an earlier copy')
    writeFileSync(join(folder, 'mine.png'), 'not a copy')
    await pruneCopies(folder, [image.deckPath])
    expect(readdirSync(folder).sort()).toEqual([image.deckPath.split('/')[2], 'mine.png'].sort())

    // A copy already there is the same bytes: a failed run leaves it.
    const again = new Staging()
    await writeImages([image], deck, again)
    await again.discard()
    expect(existsSync(copyFile(deck, image.deckPath))).toBe(true)
  })
})
