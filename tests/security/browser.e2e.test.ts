/**
 * A hostile article built to web by the CLI and opened in Chromium: on every slide, in presenter mode
 * (notes are rendered as HTML there) and in the overview, nothing of the article runs, no request leaves
 * 127.0.0.1, and the hostile text is shown literally. A second article is all text that looks like UnoCSS
 * utilities: it must build, and no CSS rule may come from it.
 */
import { createServer } from 'node:http'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExportedDeck } from '../../src/export/exported-deck.ts'
import { serveDeck, type DeckServer } from '../../src/export/serve.ts'
import { generateDeck } from '../../src/generate.ts'
import type { DeckPlan } from '../../src/types.ts'
import { compact, launchChromium, runCli, tempDir, writeArticle } from '../helpers.ts'
import { auditDeck } from './audit.ts'

const MUSTACHE = '{{ globalThis.__pwned = 1 }}'
/** Runs inside Vue's expression sandbox (`Object` is an allowed global), so it would really set the flag. */
const SANDBOX_ESCAPE = "{{ Object.constructor('globalThis.__pwned=1')() }}"
const ARITHMETIC = '{{ 7*191 }}'
const SCRIPT = '<script>window.__pwned=1</script>'
const IMG = '<img src=x onerror="window.__pwned=1">'
const STYLE = '<style>body{display:none}</style>'
const REMOTE_IMAGE = '![x](http://203.0.113.9/x.png)'

const HOSTILE_ARTICLE = `---
title: "${MUSTACHE}"
layout: iframe
src: http://203.0.113.9/
---

# ${MUSTACHE} ${SCRIPT} Title

> ${IMG} The lede ${MUSTACHE} <!-- not a note --> ${STYLE}

## Highlights
- ${MUSTACHE} Revenue rose 16% to $110 billion ${SCRIPT} ${SANDBOX_ESCAPE}
- ${IMG} 英伟达市值蒸发5000亿美元 ${STYLE}
- ${REMOTE_IMAGE} [click](javascript:window.__pwned=1) <iframe src="http://203.0.113.9/"></iframe>

## ${SANDBOX_ESCAPE} <iframe src="http://203.0.113.9/"></iframe> Section ${ARITHMETIC}

${SCRIPT}

Paragraph ${MUSTACHE} with --> and <!-- and <div v-html="'${IMG}'"></div> <b @click="window.__pwned=1">x</b> <component :is="'script'">window.__pwned=1</component> 12% more.

---
layout: iframe
src: http://203.0.113.9/
---

::default::

<<< @/package.json

~~~js {monaco-run}
globalThis.__pwned = 1
~~~

$$ \\href{javascript:alert(1)}{x} $$

${REMOTE_IMAGE}

<script setup>
globalThis.__pwned = 1
</script>

## Transcript

${MUSTACHE}: ${SCRIPT} I said it grew 16%.

${IMG}: ${MUSTACHE} ${STYLE}

Jane: <img src="http://203.0.113.9/y.png"> ${SANDBOX_ESCAPE}

Source: javascript:window.__pwned=1

Source: https://example.com/a?q={{globalThis.__pwned=1}}<script>
`

let browser: Browser
let server: DeckServer
let plan: DeckPlan
let markdown: string

beforeAll(async () => {
  const article = writeArticle('hostile', HOSTILE_ARTICLE)
  ;({ plan, markdown } = generateDeck(readFileSync(article, 'utf8')))
  const dir = tempDir('hostile')
  const result = runCli('deck', [article, '--out', dir, '--formats', 'web'])
  expect(result.stderr).not.toMatch(/^error:/m)
  expect(result.status).toBe(0)
  server = await serveDeck(join(dir, 'dist'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

interface Watched {
  page: Page
  requests: string[]
  events: string[]
}

/** A page that records every request and dialog, and lets only loopback (and inline data) through. */
async function watchedPage(server: DeckServer): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  const watched: Watched = { page, requests: [], events: [] }
  const origin = new URL(server.url).origin
  page.on('request', request => { watched.requests.push(request.url()) })
  page.on('pageerror', error => { watched.events.push(`pageerror: ${error.message}`) })
  page.on('dialog', dialog => {
    watched.events.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.route('**/*', route => {
    const url = route.request().url()
    return url.startsWith(`${origin}/`) || /^(data|blob):/.test(url) ? route.continue() : route.abort()
  })
  return watched
}

async function pwned(page: Page): Promise<unknown> {
  await page.waitForTimeout(150)
  return page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)
}

function offLoopback(requests: string[], server: DeckServer): string[] {
  const origin = new URL(server.url).origin
  return requests.filter(url => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
}

describe('a hostile article in the built web deck', () => {
  it('is written as the planned slides with nothing of the article as markup', () => {
    auditDeck(markdown, plan)
    expect(plan.slides.map(s => s.kind)).toEqual(expect.arrayContaining(['cover', 'highlights', 'section', 'closing']))
  })

  it('runs nothing and loads nothing from outside 127.0.0.1 on any slide, and shows no markup or template of the article', async () => {
    const { page, requests, events } = await watchedPage(server)
    const texts: string[] = []
    for (let no = 1; no <= plan.slides.length; no++) {
      await page.goto(`${server.url}/${no}`)
      const slide = page.locator('.slidev-page:visible .slidev-layout').first()
      await slide.waitFor()
      expect(await pwned(page), `slide ${no}`).toBeUndefined()
      texts.push(await slide.innerText())
    }
    expect(await page.locator('body').isVisible()).toBe(true)
    await page.close()
    // HTML is read, not shown, and template tags are removed (docs/safety.md): the words around them stay.
    const all = texts.join('\n')
    for (const markup of ['{{', '<script', '<img', '<iframe', 'onerror=']) expect(all).not.toContain(markup)
    expect(all).not.toContain('1337')
    expect(compact(all)).toContain('Title')
    expect(all).toContain('Revenue rose 16% to $110 billion')
    expect(events).toEqual([])
    expect(offLoopback(requests, server)).toEqual([])
  })

  it('runs nothing in presenter mode, where notes are rendered as HTML, nor in the overview', async () => {
    const { page, requests, events } = await watchedPage(server)
    const notes: string[] = []
    for (let no = 1; no <= plan.slides.length; no++) {
      await page.goto(`${server.url}/presenter/${no}`)
      await page.locator('.slidev-page').first().waitFor({ state: 'attached' })
      expect(await pwned(page), `presenter ${no}`).toBeUndefined()
      const note = page.locator('.slidev-note')
      if (plan.slides[no - 1].notes.length > 0 && await note.count() > 0) notes.push(await note.first().innerText())
    }
    await page.goto(`${server.url}/overview`)
    await page.locator('.slidev-page').first().waitFor({ state: 'attached' })
    expect(await pwned(page), 'overview').toBeUndefined()
    await page.close()
    expect(notes.join('\n')).toContain('Revenue rose 16% to $110 billion')
    expect(notes.join('\n')).not.toContain('{{')
    expect(events).toEqual([])
    expect(offLoopback(requests, server)).toEqual([])
  })
})

const URL_UTILITY = 'bg-[url(//tracker.invalid/x.png)]'
/** Text UnoCSS reads as utilities: a rule lightningcss rejects, inline style, a network request, icons, directives, markers. */
const UTILITY_TEXT = `[10:15] [color:red] text-[#f00] ${URL_UTILITY} i-mdi-home i-carbon-home @apply flex hidden @unocss-include`

// `@unocss-ignore` makes UnoCSS skip a module on its own, so it stands in one section only: the rest must be kept out by our config.
const UTILITY_ARTICLE = `---
title: "Standup ${UTILITY_TEXT}"
---

# Standup ${UTILITY_TEXT}

> ${UTILITY_TEXT}

## Highlights
- ${UTILITY_TEXT} rose 16%
- flex hidden ${URL_UTILITY}

## Plan ${UTILITY_TEXT}

Paragraph ${UTILITY_TEXT} about the plan.

- Item ${UTILITY_TEXT}
- Item text-[#f00] [10:15]

## Ignored

This section says @unocss-ignore and ${UTILITY_TEXT}.

- @unocss-ignore [10:15]

## Transcript

Jane: [10:15] ${UTILITY_TEXT} we start.

Source: https://example.com/standup
`

describe('an article of text that looks like UnoCSS utilities', () => {
  let uno: DeckServer
  let unoPlan: DeckPlan
  let dist: string

  beforeAll(async () => {
    const article = writeArticle('unocss', UTILITY_ARTICLE)
    unoPlan = generateDeck(readFileSync(article, 'utf8')).plan
    const dir = tempDir('unocss')
    const result = runCli('deck', [article, '--out', dir, '--formats', 'web'])
    expect(result.stderr).not.toMatch(/^error:/m)
    expect(result.status).toBe(0)
    dist = join(dir, 'dist')
    uno = await serveDeck(dist)
  })

  afterAll(async () => {
    await uno?.close()
  })

  it('builds CSS with no rule made from the article', () => {
    const assets = join(dist, 'assets')
    const css = readdirSync(assets).filter(f => f.endsWith('.css')).map(f => readFileSync(join(assets, f), 'utf8')).join('\n')
    expect(css).toContain('.slidev-layout') // the deck's own CSS is there
    for (const made of ['10\\:15', 'color\\:red', 'tracker.invalid', '\\#f00', 'i-mdi', 'i-carbon-home']) expect(css, made).not.toContain(made)
  })

  it('shows the text literally and loads nothing from outside 127.0.0.1, on the slides and in presenter mode', async () => {
    const { page, requests, events } = await watchedPage(uno)
    const texts: string[] = []
    for (let no = 1; no <= unoPlan.slides.length; no++) {
      await page.goto(`${uno.url}/${no}`)
      const slide = page.locator('.slidev-page:visible .slidev-layout').first()
      await slide.waitFor()
      texts.push(await slide.innerText())
      await page.goto(`${uno.url}/presenter/${no}`)
      await page.locator('.slidev-page').first().waitFor({ state: 'attached' })
    }
    await page.close()
    const all = compact(texts.join('\n'))
    for (const text of ['[10:15]', '[color:red]', 'text-[#f00]', URL_UTILITY, 'i-carbon-home', '@unocss-ignore']) expect(all).toContain(compact(text))
    expect(events).toEqual([])
    expect(offLoopback(requests, uno)).toEqual([])
  })
})

describe('a built deck that reaches out', () => {
  it.each([
    ['a host on the network', () => 'http://tracker.invalid/pixel.png'],
    ['another server on this machine', (port: number) => `http://127.0.0.1:${port}/pixel.png`],
  ])('fails the run when it loads from %s, and the request never arrives', async (_, target) => {
    let hits = 0
    const local = createServer((_, res) => {
      hits++
      res.end()
    })
    await new Promise<void>(resolve => local.listen(0, '127.0.0.1', resolve))
    const port = (local.address() as { port: number }).port
    const dist = tempDir('reaching')
    const url = target(port)
    writeFileSync(join(dist, 'index.html'), `<!doctype html><img src="${url}"><script>fetch('${url}')</script>`)
    try {
      await expect(openExportedDeck({ distDir: dist })).rejects.toThrow(`the deck tried to load ${url} from the network`)
      expect(hits).toBe(0)
    } finally {
      local.close()
    }
  })
})
