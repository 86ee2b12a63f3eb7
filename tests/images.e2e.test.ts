/**
 * An article with local images and tables, built by the CLI: the images are copied into the deck under content-hash
 * names and shown (loaded in Chromium, printed in the PDF), the tables are on slides at body type, unsafe and remote
 * images are skipped with warnings and nothing is requested for them, and a failed run leaves the copies as they were.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser/core'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDeck, type DeckServer } from '../src/export/serve.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { TYPE } from '../src/config.ts'
import { launchChromium, runCli, tempDir } from './helpers.ts'

const CORPUS = join(PROJECT_ROOT, 'tests', 'corpus')

const article = (remote: string, extra = '') => `# Moving a Website Off the Cloud

> A small foundation cut its hosting bill by moving to one computer.

## Storage keeps growing

Package indexes store more data every year. PyPI grew from 2 TB to 20 TB in five years, and the growth is exponential.

![PyPI data storage over time](pypi.png)

## The bill

Our AWS costs rose every year for six years. By 2024 they were $4,000 a month, which was 10% of our budget.

<img src="./images/aws-expenses.png" alt="AWS monthly costs, rising every year">

## What moved where

The website, the tarballs and the CI logs moved to one rented server. Each service kept its address.

| Service | Before | After | Monthly cost | Notes |
| --- | --- | --- | --- | --- |
| Website | S3 | one server | $40 | static |
| Tarballs | S3 | one server | $60 | mirrored |
| CI logs | S3 | one server | $10 | 90 days |
| Docs | S3 | one server | $5 | nightly |
| Downloads | CloudFront | one server | $5 | cached |
| Search | Lambda | removed | $0 | in browser |

## Deploys

Deploys now take one command instead of five minutes of waiting for a cache to clear.

![The old deploy](../outside.png)

![A chart we lost](missing.png)

![The team](${remote})

${extra}
Source: https://ziglang.org/news/migrate-to-self-hosting/
`

let requests = 0
let imageServer: Server
let remote: string
let dir: string
let folder: string
let result: ReturnType<typeof runCli>

beforeAll(async () => {
  imageServer = createServer((_req, res) => {
    requests++
    res.writeHead(200, { 'content-type': 'image/png' }).end(readFileSync(join(CORPUS, 'pypi.png')))
  })
  await new Promise<void>(resolve => imageServer.listen(0, '127.0.0.1', resolve))
  remote = `http://127.0.0.1:${(imageServer.address() as AddressInfo).port}/team.png`
  const root = tempDir('images')
  folder = join(root, 'post')
  spawnSync('mkdir', ['-p', join(folder, 'images')])
  copyFileSync(join(CORPUS, 'pypi.png'), join(folder, 'pypi.png'))
  copyFileSync(join(CORPUS, 'aws-expenses.png'), join(folder, 'images', 'aws-expenses.png'))
  copyFileSync(join(CORPUS, 'deploy-before.png'), join(root, 'outside.png'))
  writeFileSync(join(folder, 'article.md'), article(remote))
  dir = tempDir('images-out')
  result = runCli('deck', [join(folder, 'article.md'), '--out', dir, '--formats', 'web,pdf', '--duration', '10'])
})

afterAll(() => new Promise<void>(resolve => imageServer.close(() => resolve())))

const copies = () => readdirSync(join(dir, 'public', 'images')).sort()

describe('an article with local images and a table', () => {
  it('builds, warning once for each image it skips and about the remote one', () => {
    expect(result.stderr).not.toMatch(/^error:/m)
    expect(result.status).toBe(0)
    expect(result.stderr.split('\n').filter(line => line.startsWith('warning: '))).toEqual([
      "warning: image ../outside.png skipped: it is outside the article's folder; move it next to the article",
      "warning: image missing.png skipped: no such file in the article's folder",
      'warning: 1 remote image not downloaded (the addresses are in the speaker notes); --fetch-images downloads them',
    ])
    expect(requests).toBe(0)
  })

  it('copies the images under content-hash names and points the slides at the copies only', () => {
    expect(copies()).toHaveLength(2)
    for (const name of copies()) expect(name).toMatch(/^[0-9a-f]{12}\.png$/)
    expect(readdirSync(join(dir, 'dist', 'images')).sort()).toEqual(copies())
    const markdown = readFileSync(join(dir, 'slides.md'), 'utf8')
    const pictures = parseSync(markdown, 'slides.md').slides.filter(s => s.frontmatter.layout === 'image').map(s => s.frontmatter.picture)
    expect(pictures.sort()).toEqual(copies().map(name => `/images/${name}`))
    // The article's addresses are only in the notes, as text.
    for (const slide of parseSync(markdown, 'slides.md').slides) expect(`${slide.content}${JSON.stringify(slide.frontmatter)}`).not.toMatch(/pypi\.png|aws-expenses|<img|src=/)
    expect(markdown).toContain(remote.replace(/:/g, '\\:'))
  })

  describe('in Chromium', () => {
    let browser: Browser
    let deck: DeckServer
    beforeAll(async () => {
      deck = await serveDeck(join(dir, 'dist'))
      browser = await launchChromium()
    })
    afterAll(async () => {
      await browser?.close()
      await deck?.close()
    })

    it('shows each image, loaded from the deck itself, fitted in its slide with its caption', async () => {
      const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
      const loaded: string[] = []
      page.on('requestfinished', request => { loaded.push(request.url()) })
      const markdown = readFileSync(join(dir, 'slides.md'), 'utf8')
      const slides = parseSync(markdown, 'slides.md').slides
      const shown: { natural: number, caption: string }[] = []
      for (const [i, slide] of slides.entries()) {
        if (slide.frontmatter.layout !== 'image') continue
        await page.goto(`${deck.url}/${i + 1}`)
        const img = page.locator('.slidev-page:visible .deck-image__figure img')
        await img.waitFor()
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.deck-image__figure img')].some(img => img.complete && img.naturalWidth > 0))
        const box = await page.locator('.slidev-page:visible .slidev-layout').boundingBox()
        const imageBox = await img.boundingBox()
        expect(imageBox!.y + imageBox!.height).toBeLessThanOrEqual(box!.y + box!.height)
        shown.push({ natural: await img.evaluate((el: HTMLImageElement) => el.naturalWidth), caption: await page.locator('.slidev-page:visible figcaption').innerText() })
      }
      await page.close()
      expect(shown.sort((a, b) => a.natural - b.natural)).toEqual([
        { natural: 463, caption: 'PyPI data storage over time' },
        { natural: 1203, caption: 'AWS monthly costs, rising every year' },
      ])
      expect(loaded.filter(url => url.includes('/images/'))).toHaveLength(2)
      expect(loaded.filter(url => !url.startsWith(deck.url))).toEqual([])
    })

    it('shows the table whole, at body type', async () => {
      const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
      const slides = parseSync(readFileSync(join(dir, 'slides.md'), 'utf8'), 'slides.md').slides
      const no = slides.findIndex(s => s.frontmatter.layout === 'table') + 1
      await page.goto(`${deck.url}/${no}`)
      const table = page.locator('.slidev-page:visible .deck-table table')
      await table.waitFor()
      expect(await table.locator('tbody tr').count()).toBe(6)
      expect(await table.locator('th').allInnerTexts()).toEqual(['Service', 'Before', 'After', 'Monthly cost', 'Notes'])
      expect(await table.locator('td').first().evaluate(td => parseFloat(getComputedStyle(td).fontSize))).toBeGreaterThanOrEqual(TYPE.body)
      expect(await page.locator('.slidev-page:visible .deck-caption').count()).toBe(0)
      await page.close()
    })
  })

  it('prints the images into the deck PDF', () => {
    const list = spawnSync('pdfimages', ['-list', join(dir, 'deck.pdf')], { encoding: 'utf8' }).stdout
    const sizes = list.split('\n').slice(2).filter(Boolean).map(line => line.trim().split(/\s+/).slice(3, 5).join('x'))
    expect(sizes).toEqual(expect.arrayContaining(['463x591', '1203x496']))
  })

  it('leaves the copies as they were when a later run fails, removes unused ones after a good run, and fetches nothing from loopback', () => {
    const before = copies()
    copyFileSync(join(CORPUS, 'deploy-after.png'), join(folder, 'after.png'))
    writeFileSync(join(folder, 'article.md'), article(remote, '![After: instant](after.png)\n'))
    const fake = join(tempDir('chrome'), 'chromium')
    writeFileSync(fake, '#!/bin/sh\nexit 1\n')
    chmodSync(fake, 0o755)
    const failed = runCli('deck', [join(folder, 'article.md'), '--out', dir, '--formats', 'web,pdf', '--duration', '10'], { CHROME_PATH: fake })
    expect(failed.status).toBe(1)
    expect(copies()).toEqual(before)
    expect(readdirSync(join(dir, 'public', 'images')).filter(name => /\.next-\d+/.test(name))).toEqual([])

    writeFileSync(join(folder, 'article.md'), article(remote).replace('![PyPI data storage over time](pypi.png)', ''))
    const smaller = runCli('deck', [join(folder, 'article.md'), '--out', dir, '--formats', 'web', '--duration', '10', '--skip-check', '--fetch-images'])
    expect(smaller.status).toBe(0)
    // Downloads never reach into the local network: the loopback server is not asked.
    expect(smaller.stderr).toContain(`warning: image ${remote} skipped: 127.0.0.1 is a private address; only public hosts are fetched\n`)
    expect(requests).toBe(0)
    expect(copies()).toHaveLength(1)
    expect(readdirSync(join(dir, 'dist', 'images'))).toEqual(copies())
    expect(existsSync(join(dir, 'public', 'images', before.find(name => !copies().includes(name))!))).toBe(false)
  })
})
