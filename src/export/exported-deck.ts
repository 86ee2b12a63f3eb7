/**
 * A built deck open in Chromium for checking and printing, with one page load for both.
 *
 * The page is Slidev's `/export` (the browser exporter, built when headmatter has `browserExporter: true`): it
 * renders every slide as a PrintSlide, the component `slidev export`'s `/print` uses, each in a page-sized
 * `.print-slide-container` at scale 1, in its final click state (CLICKS_MAX) and followed by a page break. So the
 * overflow check measures exactly what one `page.pdf()` prints, one page per slide, and the handout draws those pages.
 * `/print` is not an option: a build has it only with `download: true`, which makes `slidev build` export too.
 */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { auditAccessibility, type AccessibilityReport } from '../check/accessibility.ts'
import { measureDesign, type DesignReport } from '../check/design.ts'
import { measureOverflow, type OverflowReport } from '../check/overflow.ts'
import { readSlideTexts, type SlideText } from '../check/slide-text.ts'
import { CANVAS, OFFLINE_PROXY } from '../config.ts'
import { DeckError, firstLine } from '../errors.ts'
import type { DeckPlan } from '../types.ts'
import { findChromium, launchChromium } from './chromium.ts'
import { contactSheet } from './contact-sheet.ts'
import { HANDOUT_MARGIN, handoutFooter, handoutHeader, handoutHtml } from './handout.ts'
import { loadDeck, placeSlides, titledDeck } from './print.ts'
import { builtBase, serveDeck } from './serve.ts'

export interface ExportedDeckOptions {
  distDir: string
  /** Reused and left open; otherwise one is launched from `chromium` (default: findChromium) and closed. */
  browser?: Browser
  chromium?: string
  /** The plan's slide count: a build with another count is stale. */
  expectedSlides?: number
}

export interface ExportedDeck {
  /** How many slides the build has, counted on the page. */
  slides: number
  /** Measures the first `slides` slides (all by default) as they print. */
  checkOverflow(slides?: number): Promise<OverflowReport>
  /** Type sizes, where the text sits and the slide numbers of every slide, judged against DESIGN_FLOORS. */
  checkDesign(): Promise<DesignReport>
  /** axe-core's serious and critical violations, slide by slide. */
  checkAccessibility(): Promise<AccessibilityReport>
  /** Each slide's visible title and text, and the speakers it quotes. */
  readSlides(): Promise<SlideText[]>
  /** The deck PDF: one page per slide, titled, with one bookmark per slide. */
  printDeck(plan: DeckPlan): Promise<Uint8Array>
  /** The A4 handout: each slide, drawn from the deck PDF, above its notes. */
  printHandout(plan: DeckPlan): Promise<Uint8Array>
  /** Every slide in one PNG grid. */
  printContactSheet(): Promise<Uint8Array>
  close(): Promise<void>
}

/** Slidev rounds the slide height up to whole pixels (env.ts `slideHeight`), so 551.25 prints as 552. */
const SLIDE = { width: CANVAS.width, height: Math.ceil(CANVAS.width / CANVAS.aspectRatio) }

/** Slides are local files: rendering takes seconds, so a minute means something is stuck. */
const RENDER_TIMEOUT = 60_000

const SLIDE_SELECTOR = '#export-content > .print-slide-container'

export async function openExportedDeck(options: ExportedDeckOptions): Promise<ExportedDeck> {
  if (!existsSync(join(options.distDir, 'index.html'))) throw new DeckError(`${options.distDir} has no built deck (no index.html)`)
  return (await prepareDeckPage(options)).open(options.distDir, options.expectedSlides)
}

/**
 * Chromium's page for a deck, made before the deck is there: a run makes it while Slidev is still building the
 * deck, the build server while it waits for the next run.
 */
export interface DeckPage {
  /**
   * Loads the deck built in `distDir`; a build with another slide count than `expectedSlides` is stale. Once only.
   * Closes the page on failure.
   */
  open(distDir: string, expectedSlides?: number): Promise<ExportedDeck>
  close(): Promise<void>
}

/**
 * The loopback server, the browser context and the page for a deck (≈ 0.2 s, which a build or an idle server
 * hides). The server learns the deck's folder when it is opened, and its base from its index.html.
 */
export async function prepareDeckPage(options: Pick<ExportedDeckOptions, 'browser' | 'chromium'>): Promise<DeckPage> {
  let distDir: string | undefined
  const server = await serveDeck(() => distDir!, 0, builtBase)
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  const close = async () => {
    await context?.close()
    if (!options.browser) await browser?.close()
    await server.close()
  }
  let deck: WatchedPage
  try {
    browser = options.browser ?? await launchChromium(options.chromium ?? findChromium())
    context = await browser.newContext({ viewport: SLIDE, proxy: offline(server.origin) })
    deck = await openPage(context, server.origin)
    // Print media from the start: the exporter lays slides out unscaled, one after another, as on paper.
    await deck.page.emulateMedia({ media: 'print' })
  } catch (error) {
    await close()
    throw error
  }
  return {
    async open(dist, expectedSlides) {
      if (distDir !== undefined) throw new Error('internal error: a deck page is opened once')
      distDir = dist
      try {
        const slides = await showAllSlides(deck, server.url)
        if (expectedSlides !== undefined && slides !== expectedSlides) {
          throw new DeckError(`the web build has ${slides} slides but the plan has ${expectedSlides}; rebuild the deck`)
        }
        return session(deck, context!, server.origin, slides, close)
      } catch (error) {
        await close()
        throw error
      }
    },
    close,
  }
}

function session(deck: WatchedPage, context: BrowserContext, origin: string, slides: number, close: () => Promise<void>): ExportedDeck {
  let deckPrint: Promise<Uint8Array> | undefined
  // Printed once, on first use: the deck PDF and the handout's slides are the same pages.
  const deckPdf = () => deckPrint ??= printSlides(deck)
  return {
    slides,
    async checkOverflow(limit = slides) {
      if (limit > slides) throw new DeckError(`asked to check ${limit} slides, but the deck has ${slides}`)
      return race(deck, measureOverflow(deck.page, SLIDE_SELECTOR, limit))
    },
    checkDesign: () => race(deck, measureDesign(deck.page, SLIDE_SELECTOR, slides)),
    checkAccessibility: () => race(deck, auditAccessibility(deck.page, SLIDE_SELECTOR, slides)),
    readSlides: () => race(deck, readSlideTexts(deck.page, SLIDE_SELECTOR, slides)),
    printDeck: async plan => titledDeck(await deckPdf(), plan),
    async printHandout(plan) {
      // Random, so that no link in the article's text can pass for a slot.
      const marker = `https://slot.invalid/${randomUUID()}/`
      // Two pages print at once, and the slides are read while the handout's text still prints.
      const pages = deckPdf().then(printed => loadDeck(printed, plan))
      pages.catch(() => {}) // awaited below, after the handout; a failure must not go unhandled meanwhile
      const handout = await printHandoutPage(context, origin, plan, marker)
      return placeSlides(handout, await pages, marker)
    },
    printContactSheet: () => race(deck, contactSheet(context, deck.page.locator(SLIDE_SELECTOR), slides)),
    close,
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
  // tsx and vitest compile with keepNames, which wraps the functions handed to page.evaluate in __name(...).
  await page.addInitScript('globalThis.__name ??= fn => fn')
  // Offline by construction (see offline): a request anywhere else fails, and says what the deck tried to load.
  page.on('requestfailed', request => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) fail(new DeckError(`the deck tried to load ${url} from the network`))
  })
  return { page, failed }
}

/**
 * The context's proxy: every request but those to the deck's own server goes to a proxy at a closed loopback port
 * and fails there, other loopback servers included (Playwright adds `<-loopback>` to the bypass list), without a
 * DNS query. Chromium does this in its network stack; intercepting each request in Node (page.route) added ≈ 0.4 s
 * to every page load.
 */
function offline(origin: string): { server: string, bypass: string } {
  return { server: OFFLINE_PROXY, bypass: new URL(origin).host }
}

function race<T>(watched: WatchedPage, work: Promise<T>): Promise<T> {
  return Promise.race([work, watched.failed])
}

/** Opens `/export` (in print media), waits until every slide, font and image is in place, and counts the slides. */
async function showAllSlides(deck: WatchedPage, url: string): Promise<number> {
  const { page } = deck
  await race(deck, page.goto(`${url}/export`))
  const mounted = await race(deck, page.waitForFunction(
    () => document.querySelector('#export-content') ? 'export' : document.querySelector('#page-root') ? 'play' : false,
    undefined,
    { timeout: RENDER_TIMEOUT },
  )).then(handle => handle.jsonValue(), stuck('the deck app did not start'))
  if (mounted !== 'export') throw new DeckError('the web build has no /export page: its headmatter needs `browserExporter: true`')
  await race(deck, page.waitForFunction(slidesRendered, SLIDE_SELECTOR, { timeout: RENDER_TIMEOUT }))
    .catch(stuck('the slides did not finish rendering'))
  return page.locator(SLIDE_SELECTOR).count()
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
  const done = slides.length > 0
    && slides.every(slide => slide.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading'))
    && [...document.images].every(image => image.complete)
  return done && document.fonts.ready.then(() => true)
}

/** Every slide, one page each, at the canvas size. */
function printSlides(deck: WatchedPage): Promise<Uint8Array> {
  return race(deck, deck.page.pdf({
    width: `${SLIDE.width}px`,
    height: `${SLIDE.height}px`,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    printBackground: true,
  }))
}

/** The handout's text, with an empty slot where each slide goes (see handout.ts), printed to A4. */
async function printHandoutPage(context: BrowserContext, origin: string, plan: DeckPlan, marker: string): Promise<Uint8Array> {
  const handout = await openPage(context, origin)
  const { page } = handout
  try {
    await page.emulateMedia({ media: 'print' })
    const slots = { href: (index: number) => `${marker}${index}`, aspectRatio: SLIDE.width / SLIDE.height }
    await race(handout, page.setContent(handoutHtml(plan, slots), { waitUntil: 'load' }))
    await race(handout, page.evaluate(() => document.fonts.ready.then(() => undefined)))
    return await race(handout, page.pdf({
      format: 'A4',
      margin: HANDOUT_MARGIN,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: handoutHeader(plan),
      footerTemplate: handoutFooter(plan),
    }))
  } finally {
    await page.close()
  }
}
