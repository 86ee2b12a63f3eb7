/**
 * Prints the deck PDF and the handout PDF from the static web build, with one Chromium and one visit.
 *
 * The page visited is Slidev's `/export` (the browser exporter, built when headmatter has
 * `browserExporter: true`): it renders every slide as a PrintSlide, the component `slidev export`'s `/print`
 * uses, each at the canvas size, in its final click state (CLICKS_MAX) and followed by a page break. So one
 * `page.pdf()` gives one page per slide, and the same DOM gives each slide's screenshot for the handout.
 * `/print` is not an option: a build has it only with `download: true`, which makes `slidev build` export too.
 */
import { writeFile } from 'node:fs/promises'
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib'
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-chromium'
import { CANVAS } from '../config.ts'
import { DeckError } from '../errors.ts'
import type { DeckPlan } from '../types.ts'
import { CHROMIUM_ARGS } from './chromium.ts'
import { HANDOUT_MARGIN, handoutFooter, handoutHeader, handoutHtml } from './handout.ts'
import { serveDeck } from './serve.ts'

export interface PrintJob {
  distDir: string
  plan: DeckPlan
  chromium: string
  deckPdf?: string
  handoutPdf?: string
  /** A browser to reuse; it is left open. Without it one is launched and closed. */
  browser?: Browser
}

/** Slidev rounds the slide height up to whole pixels (env.ts `slideHeight`), so 551.25 prints as 552. */
const SLIDE = { width: CANVAS.width, height: Math.ceil(CANVAS.width / CANVAS.aspectRatio) }

/** Slides are local files: rendering takes seconds, so a minute means something is stuck. */
const RENDER_TIMEOUT = 60_000

const SLIDE_SELECTOR = '#export-content > .print-slide-container'

export async function printFromDist(job: PrintJob): Promise<void> {
  if (!job.deckPdf && !job.handoutPdf) return
  const server = await serveDeck(job.distDir)
  const browser = job.browser ?? await launch(job.chromium)
  const context = await browser.newContext({ viewport: SLIDE, deviceScaleFactor: 2 })
  try {
    const deck = await openPage(context, server.url)
    await showAllSlides(deck, server.url, job.plan.slides.length)
    const images = job.handoutPdf ? await slideImages(deck.page) : []
    if (job.deckPdf) await printDeck(deck, job.plan, job.deckPdf)
    if (job.handoutPdf) await printHandout(await openPage(context, server.url), job.plan, images, job.handoutPdf)
  } finally {
    await context.close()
    if (!job.browser) await browser.close()
    await server.close()
  }
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    return await playwright.launch({ executablePath, args: CHROMIUM_ARGS })
  } catch (error) {
    throw new DeckError(`could not start Chromium at ${executablePath}: ${firstLine(error)}`)
  }
}

/** A page that loads only from the loopback server and turns the first error it shows into a rejection. */
interface WatchedPage {
  page: Page
  /** Rejects with a DeckError on the first page error, console error or blocked request; race waits with it. */
  failed: Promise<never>
}

async function openPage(context: BrowserContext, origin: string): Promise<WatchedPage> {
  const page = await context.newPage()
  let fail: (error: DeckError) => void = () => {}
  const failed = new Promise<never>((_, reject) => { fail = reject })
  failed.catch(() => {}) // observed through race(); an error after the last wait must not crash the process
  page.on('pageerror', error => fail(new DeckError(`the deck failed in Chromium: ${firstLine(error)}`)))
  page.on('console', message => {
    if (message.type() === 'error') fail(new DeckError(`the deck logged an error in Chromium: ${firstLine(message.text())}`))
  })
  // Offline by construction: the deck and the handout must not depend on anything but the build.
  await page.route('**/*', route => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue()
    fail(new DeckError(`the deck tried to load ${url} from the network`))
    return route.abort('blockedbyclient')
  })
  return { page, failed }
}

function race<T>(watched: WatchedPage, work: Promise<T>): Promise<T> {
  return Promise.race([work, watched.failed])
}

/** Opens `/export` in print media and waits until every slide, font and image is in place. */
async function showAllSlides(deck: WatchedPage, origin: string, expected: number): Promise<void> {
  const { page } = deck
  // Print media from the start: the exporter lays slides out unscaled, one after another, as on paper.
  await page.emulateMedia({ media: 'print' })
  await race(deck, page.goto(`${origin}/export`))
  const mounted = await race(deck, page.waitForFunction(
    () => document.querySelector('#export-content') ? 'export' : document.querySelector('#page-root') ? 'play' : false,
    undefined,
    { timeout: RENDER_TIMEOUT },
  )).then(handle => handle.jsonValue(), stuck('the deck app did not start'))
  if (mounted !== 'export') throw new DeckError('the web build has no /export page: its headmatter needs `browserExporter: true`')
  const count = await page.locator(SLIDE_SELECTOR).count()
  if (count !== expected) throw new DeckError(`the web build has ${count} slides but the plan has ${expected}; rebuild the deck`)
  await race(deck, page.waitForFunction(slidesRendered, SLIDE_SELECTOR, { timeout: RENDER_TIMEOUT }))
    .catch(stuck('the slides did not finish rendering'))
}

/** Keeps a DeckError from the page; anything else (a Playwright timeout) becomes one that says what hung. */
function stuck(what: string): (error: unknown) => never {
  return error => {
    if (error instanceof DeckError) throw error
    throw new DeckError(`${what} in Chromium within ${RENDER_TIMEOUT / 1000} s: ${firstLine(error)}`)
  }
}

/** Runs in the page. Slides load as async components; every layout's root element has `.slidev-layout`. */
function slidesRendered(selector: string): Promise<boolean> | boolean {
  const slides = [...document.querySelectorAll(selector)]
  const done = slides.every(slide => slide.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading'))
    && [...document.images].every(image => image.complete)
  return done && document.fonts.ready.then(() => true)
}

/** Each slide as a PNG data URL at twice the canvas resolution, from the layout the PDF prints. */
async function slideImages(page: Page): Promise<string[]> {
  const images: string[] = []
  for (const slide of await page.locator(SLIDE_SELECTOR).all()) {
    const png = await slide.screenshot({ type: 'png', animations: 'disabled' })
    images.push(`data:image/png;base64,${png.toString('base64')}`)
  }
  return images
}

async function printDeck(deck: WatchedPage, plan: DeckPlan, path: string): Promise<void> {
  const pdf = await race(deck, deck.page.pdf({
    width: `${SLIDE.width}px`,
    height: `${SLIDE.height}px`,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    printBackground: true,
  }))
  const doc = await PDFDocument.load(pdf)
  if (doc.getPageCount() !== plan.slides.length) {
    throw new DeckError(`Chromium printed ${doc.getPageCount()} pages for ${plan.slides.length} slides; a slide overflows its page`)
  }
  doc.setTitle(plan.title, { showInWindowTitleBar: true })
  addOutline(doc, plan.slides.map(slide => slide.title))
  await writeFile(path, await doc.save())
}

/**
 * One bookmark per page, titled `titles[i]`. pdf-lib has no outline API, so this writes the PDF structure
 * (PDF 32000-1, 12.3.3): an /Outlines dictionary whose items form a doubly linked list, each with a /Dest.
 */
function addOutline(doc: PDFDocument, titles: string[]): void {
  const { context } = doc
  const pages = doc.getPages()
  const root = context.nextRef()
  const items: PDFRef[] = titles.map(() => context.nextRef())
  titles.forEach((title, i) => {
    context.assign(items[i], context.obj({
      Title: PDFHexString.fromText(title), // UTF-16: titles are Chinese
      Parent: root,
      ...(i > 0 && { Prev: items[i - 1] }),
      ...(i < items.length - 1 && { Next: items[i + 1] }),
      Dest: [pages[i].ref, 'Fit'],
    }))
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: items[0], Last: items[items.length - 1], Count: items.length }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

async function printHandout(handout: WatchedPage, plan: DeckPlan, images: string[], path: string): Promise<void> {
  const { page } = handout
  await page.emulateMedia({ media: 'print' })
  await race(handout, page.setContent(handoutHtml(plan, images, plan.lang), { waitUntil: 'load' }))
  await race(handout, page.evaluate(() => document.fonts.ready.then(() => undefined)))
  await race(handout, page.pdf({
    path,
    format: 'A4',
    margin: HANDOUT_MARGIN,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: handoutHeader(plan),
    footerTemplate: handoutFooter(),
  }))
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]
}
