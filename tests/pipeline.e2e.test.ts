/**
 * The whole pipeline as a user runs it: `npm run deck -- ARTICLE --out DIR` on the built-in Chinese
 * article, an English one and a plain post; the PDF read back with poppler; the web build in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDeck, type DeckServer } from '../src/export/serve.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { generateDeck } from '../src/generate.ts'
import type { DeckPlan } from '../src/types.ts'
import { compact, ENGLISH_ARTICLE, launchChromium, pdfPages, pdfTextCompact, PLAIN_POST, runCli, tempDir, writeArticle } from './helpers.ts'

const BUILT_IN = join(PROJECT_ROOT, 'articles', 'deepseek-nvidia.md')

let browser: Browser
beforeAll(async () => { browser = await launchChromium() })
afterAll(async () => { await browser?.close() })

interface BuiltDeck {
  dir: string
  plan: DeckPlan
  stderr: string
}

/** Text as a person reads it: no white space, no zero-width marks of where a Chinese line may break. */
function seen(text: string): string {
  return compact(text).replace(/\u200B/g, '')
}

function buildDeck(article: string): BuiltDeck {
  const dir = tempDir('e2e')
  const result = runCli('deck', [article, '--out', dir])
  expect(result.stderr).not.toMatch(/^error:/m)
  expect(result.status).toBe(0)
  return { dir, plan: generateDeck(readFileSync(article, 'utf8')).plan, stderr: result.stderr }
}

/** Opens every slide of the built deck; returns each slide's visible text. */
async function slideTexts(server: DeckServer, count: number): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  const texts: string[] = []
  for (let no = 1; no <= count; no++) {
    await page.goto(`${server.url}/${no}`)
    const slide = page.locator('.slidev-page:visible .slidev-layout').first()
    await slide.waitFor()
    texts.push(await slide.innerText())
  }
  await page.close()
  expect(errors).toEqual([])
  return texts
}

describe.each([
  { name: 'built-in Chinese article', article: () => BUILT_IN },
  { name: 'English article', article: () => writeArticle('english', ENGLISH_ARTICLE) },
  { name: 'plain blog post', article: () => writeArticle('plain', PLAIN_POST) },
])('npm run deck on the $name', ({ article }) => {
  let deck: BuiltDeck
  let server: DeckServer
  beforeAll(async () => {
    deck = buildDeck(article())
    server = await serveDeck(join(deck.dir, 'dist'))
  })
  afterAll(async () => { await server?.close() })

  it('writes slides.md, the web build and a PDF with one page per slide and real text', () => {
    expect(existsSync(join(deck.dir, 'slides.md'))).toBe(true)
    expect(existsSync(join(deck.dir, 'dist', 'index.html'))).toBe(true)
    expect(pdfPages(join(deck.dir, 'deck.pdf'))).toBe(deck.plan.slides.length)
    const text = pdfTextCompact(join(deck.dir, 'deck.pdf'))
    for (const slide of deck.plan.slides) {
      if (slide.kind === 'section') expect(text).toContain(compact(slide.title))
    }
  })

  it('renders every slide in Chromium, with each callout carrying its figure', async () => {
    const texts = await slideTexts(server, deck.plan.slides.length)
    deck.plan.slides.forEach((slide, i) => {
      expect(texts[i].trim().length).toBeGreaterThan(0)
      if (slide.kind === 'section' || slide.kind === 'highlights' || slide.kind === 'closing') {
        expect(seen(texts[i])).toContain(compact(slide.shownTitle))
      }
    })
    const page = await browser.newPage()
    for (const [i, slide] of deck.plan.slides.entries()) {
      const callouts = slide.kind === 'key-numbers' ? slide.callouts : slide.kind === 'section' && slide.callout ? [slide.callout] : []
      if (callouts.length === 0) continue
      await page.goto(`${server.url}/${i + 1}`)
      const figures = page.locator('.slidev-page:visible [data-figure]')
      await figures.first().waitFor()
      expect(await figures.evaluateAll(nodes => nodes.map(n => n.getAttribute('data-figure')))).toEqual(callouts.map(c => c.figure))
    }
    await page.close()
  })

  it('shows slide 2\'s notes in presenter mode of the built deck', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`${server.url}/presenter/2`)
    const note = page.locator('.slidev-note').first()
    await note.waitFor()
    const expected = deck.plan.slides[1].notes[0]
    expect(compact(await note.innerText())).toContain(compact(expected).slice(0, 20))
    await page.close()
  })
})

describe('the built-in article', () => {
  it('puts its key figures as callouts, a slide per section and every speaker in the deck', () => {
    const { plan, markdown } = generateDeck(readFileSync(BUILT_IN, 'utf8'))
    const keyNumbers = plan.slides.flatMap(s => s.kind === 'key-numbers' ? s.callouts.map(c => c.figure) : [])
    for (const figure of [/^5000\s?亿美元$/, /^600\s?万美元$/]) expect(keyNumbers.some(shown => figure.test(shown))).toBe(true)
    expect(plan.slides.filter(s => s.kind === 'section')).toHaveLength(7)
    const quoted = new Set(plan.slides.flatMap(s => s.kind === 'exchange' ? s.turns.map(t => t.speaker) : []))
    expect(quoted.size).toBeGreaterThanOrEqual(2)
    for (const speaker of ['Caroline Hyde', 'Mandeep Singh', 'Mike Shepard', 'Tony Wong']) expect(markdown).toContain(speaker)
  })
})
