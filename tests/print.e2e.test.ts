/**
 * Printing the built-in article's web build through the exported deck: the deck PDF (pages, text, title, outline
 * read back from the file, the closing slide's QR code) and the A4 handout (its first page with the key figures and
 * the source's QR code, every section's notes, slides as vector pages, the transcript), read back with poppler and
 * decoded with jsqr.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFArray, type PDFRef } from 'pdf-lib'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExportedDeck } from '../src/export/exported-deck.ts'
import { PROJECT_ROOT } from '../src/cli/paths.ts'
import { generateDeck } from '../src/generate.ts'
import { safeUrl } from '../src/escape.ts'
import type { DeckPlan } from '../src/types.ts'
import { compact, launchChromium, pdfPages, pdfQrCode, pdfTextCompact, runCli, tempDir } from './helpers.ts'

const BUILT_IN = join(PROJECT_ROOT, 'articles', 'deepseek-nvidia.md')

let browser: Browser
let plan: DeckPlan
const dir = tempDir('print')
const deckPdf = join(dir, 'deck.pdf')
const handoutPdf = join(dir, 'handout.pdf')

beforeAll(async () => {
  const result = runCli('deck', [BUILT_IN, '--out', dir, '--formats', 'web'])
  expect(result.stderr).not.toMatch(/^error:/m)
  expect(result.status).toBe(0)
  plan = generateDeck(readFileSync(BUILT_IN, 'utf8')).plan
  browser = await launchChromium()
  const started = performance.now()
  const deck = await openExportedDeck({ distDir: join(dir, 'dist'), browser, expectedSlides: plan.slides.length })
  try {
    const [printed, handout] = await Promise.all([deck.printDeck(plan), deck.printHandout(plan)])
    writeFileSync(deckPdf, printed)
    writeFileSync(handoutPdf, handout)
  } finally {
    await deck.close()
  }
  console.log(`printing: ${((performance.now() - started) / 1000).toFixed(1)} s for ${plan.slides.length} slides`)
})
afterAll(async () => { await browser?.close() })

function pdfInfo(path: string): string {
  return spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout
}

function pageText(path: string, first: number, last = first): string {
  return compact(spawnSync('pdftotext', ['-enc', 'UTF-8', '-f', String(first), '-l', String(last), path, '-'], { encoding: 'utf8' }).stdout)
}

/** The URIs of a page's link annotations. */
async function pageLinks(path: string, page: number): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(path))
  const annots = doc.getPage(page - 1).node.Annots()
  return (annots?.asArray() ?? []).map((_, i) => annots!.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText() ?? '')
}

/** The outline's top-level items, read from the file's /Outlines dictionary: title and 0-based page. */
async function readOutline(path: string): Promise<{ title: string, page: number }[]> {
  const doc = await PDFDocument.load(readFileSync(path))
  const pages = doc.getPages().map(page => page.ref)
  const items = []
  let item = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    const title = item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText()
    const target = item.lookup(PDFName.of('Dest')) as PDFArray
    items.push({ title, page: pages.indexOf(target.get(0) as PDFRef) })
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return items
}

describe('the deck PDF printed from the web build', () => {
  it('has one page per slide at the canvas size', () => {
    expect(pdfPages(deckPdf)).toBe(plan.slides.length)
    // 980 × 552 CSS px (Slidev rounds the height up) at 0.75 pt per px.
    expect(pdfInfo(deckPdf)).toMatch(/^Page size:\s+735(\.\d+)? x 414(\.\d+)? pts/m)
  })

  it('has the key figures as real text', () => {
    const text = pdfTextCompact(deckPdf)
    expect(text).toContain('5000亿')
    expect(text).toContain('16%')
  })

  it('shows the source\'s QR code on the closing slide, and it decodes to the source', () => {
    expect(pdfQrCode(deckPdf, plan.slides.length)).toBe(safeUrl(plan.source!.url))
  })

  it('is titled after the article', () => {
    expect(/^Title:\s+(.*)$/m.exec(pdfInfo(deckPdf))?.[1]).toBe(plan.title)
  })

  it('has one bookmark per slide, titled after the slide and pointing at its page', async () => {
    const outline = await readOutline(deckPdf)
    expect(outline.map(item => item.title)).toEqual(plan.slides.map(slide => slide.title))
    expect(outline.map(item => item.page)).toEqual(plan.slides.map((_, i) => i))
  })
})

describe('the handout PDF', () => {
  it('is A4: a first page, then at most two slides to a page, then the transcript', () => {
    expect(pdfInfo(handoutPdf)).toMatch(/^Page size:.*\(A4\)$/m)
    expect(pdfPages(handoutPdf)).toBeGreaterThanOrEqual(1 + Math.ceil(plan.slides.length / 2) + 1)
    expect(pageText(handoutPdf, 2)).toContain(compact(plan.slides[0].title))
  })

  it('opens with a page to keep: title, source as a link and as a QR code that decodes to it, the key figures table', async () => {
    const first = pageText(handoutPdf, 1)
    const source = safeUrl(plan.source!.url)!
    expect(first).toContain(compact(plan.title))
    expect(first).toContain(compact(source))
    expect(await pageLinks(handoutPdf, 1)).toContain(source)
    expect(pdfQrCode(handoutPdf, 1)).toBe(source)
    expect(plan.keyFigures.length).toBeGreaterThan(0)
    for (const { figure, label } of plan.keyFigures) {
      expect(first).toContain(compact(figure))
      expect(first).toContain(compact(label))
    }
  })

  it('ends with the whole transcript, each turn after its speaker', () => {
    const pages = pdfPages(handoutPdf)
    const appendix = pageText(handoutPdf, 2 + Math.ceil(plan.slides.length / 2), pages)
    expect(plan.transcript.length).toBeGreaterThan(0)
    for (const turn of plan.transcript) expect(appendix).toContain(compact(`${turn.speaker}${turn.role ? ` · ${turn.role}` : ''}: ${firstSentence(turn.text)}`))
  })

  it('has every section\'s notes as text, the title and the source link', () => {
    const text = pdfTextCompact(handoutPdf)
    const sections = plan.slides.filter(slide => slide.kind === 'section')
    expect(sections.length).toBeGreaterThan(0)
    for (const slide of sections) expect(text).toContain(compact(firstSentence(slide.notes[0] ?? '')))
    expect(text).toContain(compact(plan.title))
    const cover = plan.slides[0]
    if (cover.kind === 'cover' && cover.source) expect(text).toContain(compact(cover.source.url))
  })

  it('draws the slides as the deck PDF\'s own pages: vector text, no pictures', () => {
    // The cover is compared whole; other slides' columns interleave with the notes in pdftotext's reading order.
    const cover = spawnSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', deckPdf, '-'], { encoding: 'utf8' }).stdout
    expect(compact(cover).length).toBeGreaterThan(20)
    expect(pdfTextCompact(handoutPdf)).toContain(compact(cover).replace(/\u200B/g, ''))
    const images = spawnSync('pdfimages', ['-list', handoutPdf], { encoding: 'utf8' }).stdout.trim().split('\n')
    expect(images.slice(2)).toEqual([]) // past the two header lines
  })
})

function firstSentence(text: string): string {
  return /^.+?(?:[。！？]|[.!?](?=\s|$))/su.exec(text)?.[0] ?? text
}
