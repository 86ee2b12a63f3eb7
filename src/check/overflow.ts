/**
 * Does every slide fit? Opens a built deck in Chromium and measures each slide in slide coordinates:
 * elements that stick out of the canvas, and elements (the layout root included) that clip their content.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from '../build/chromium.ts'
import { serveDeck } from '../build/serve.ts'
import { CANVAS } from '../config.ts'
import { DeckError } from '../errors.ts'

/** `outside`: the element's box extends beyond the canvas; `clipped`: it hides or scrolls part of its content. */
export type OverflowKind = 'outside' | 'clipped'

export interface Overflow {
  slide: number
  /** A short CSS-ish path inside the slide, e.g. `div.slidev-layout.default > ul > li:nth-child(3)`. */
  element: string
  kind: OverflowKind
  /** How far it overflows, in slide pixels, rounded. */
  overflowX: number
  overflowY: number
}

export interface OverflowReport {
  /** How many slides were checked. */
  slides: number
  overflows: Overflow[]
}

export interface CheckOptions {
  /** Reused and left open; otherwise one is launched and closed. */
  browser?: Browser
  /** Check only the first N slides; all of them when unset. */
  slides?: number
}

type SlideOverflow = Omit<Overflow, 'slide'>

/** The canvas at scale 1: Slidev rounds the height up (980 / (16/9) → 552). */
const VIEWPORT = { width: CANVAS.width, height: Math.ceil(CANVAS.width / CANVAS.aspectRatio) }
const RENDER_TIMEOUT = 30_000

export async function checkOverflow(distDir: string, options: CheckOptions = {}): Promise<OverflowReport> {
  if (!existsSync(join(distDir, 'index.html'))) throw new DeckError(`${distDir} has no built deck (no index.html)`)
  const server = await serveDeck(distDir)
  try {
    const browser = options.browser ?? await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
    try {
      return await checkDeck(browser, server.url, options.slides)
    } finally {
      if (!options.browser) await browser.close()
    }
  } finally {
    await server.close()
  }
}

async function checkDeck(browser: Browser, url: string, limit: number | undefined): Promise<OverflowReport> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(RENDER_TIMEOUT)
    // tsx and vitest compile with keepNames, which wraps the functions handed to page.evaluate in __name(...).
    await page.addInitScript('globalThis.__name ??= fn => fn')
    // Print mode mounts every slide in its final click state, with transitions off: what the PDF shows.
    await page.goto(`${url}/1?print`)
    const total = await countSlides(page)
    const slides = limit ?? total
    if (slides > total) throw new DeckError(`asked to check ${slides} slides, but the deck has ${total}`)
    const overflows: Overflow[] = []
    for (let no = 1; no <= slides; no++) {
      await showSlide(page, no)
      const found = await page.evaluate(measureSlide, no)
      overflows.push(...found.map(overflow => ({ slide: no, ...overflow })))
    }
    return { slides, overflows }
  } finally {
    await context.close()
  }
}

/** In print mode Slidev renders one `.slidev-page` per slide, so the DOM tells how many there are. */
async function countSlides(page: Page): Promise<number> {
  const pages = page.locator('#slide-content .slidev-page')
  try {
    await pages.first().waitFor({ state: 'attached' })
  } catch {
    throw new DeckError(`the deck did not render in Chromium within ${RENDER_TIMEOUT / 1000} s`)
  }
  return pages.count()
}

async function showSlide(page: Page, no: number): Promise<void> {
  if (no > 1) {
    // Tell Slidev's router the URL changed, as the back button would: no reload, unlike page.goto (~0.5 s a slide).
    await page.evaluate(no => {
      history.pushState(null, '', `/${no}${location.search}`)
      dispatchEvent(new PopStateEvent('popstate'))
    }, no)
  }
  try {
    await page.locator(`#slide-content .slidev-page[data-slidev-no="${no}"] .slidev-layout`).first().waitFor()
  } catch {
    throw new DeckError(`slide ${no} did not render in Chromium within ${RENDER_TIMEOUT / 1000} s`)
  }
}

/** Runs in the page: measures the visible slide `no`. Self-contained, as Playwright sends only its source. */
async function measureSlide(no: number): Promise<SlideOverflow[]> {
  const NOISE = 1
  const CLIPPING = ['hidden', 'auto', 'scroll', 'clip']
  const slide = document.querySelector(`#slide-content .slidev-page[data-slidev-no="${no}"]`)!
  await document.fonts.ready
  await Promise.all(Array.from(slide.querySelectorAll('img')).map(img => img.decode().catch(() => undefined)))

  const canvas = slide.closest<HTMLElement>('#slide-content')!
  const box = canvas.getBoundingClientRect()
  // Slidev fits the canvas to the window with a CSS transform; boxes are divided back into slide pixels.
  const scale = box.width / canvas.offsetWidth
  const found: SlideOverflow[] = []
  const outside = new Map<Element, { x: number, y: number }>()
  /** Sub-pixel differences are rounding, not overflow. */
  const significant = (px: number) => px > NOISE ? Math.round(px) : 0

  function segment(el: Element): string {
    const classes = Array.from(el.classList).filter(name => /^[a-z_-][\w-]*$/i.test(name)).slice(0, 2)
    const siblings = el.parentElement ? Array.from(el.parentElement.children) : [el]
    const nth = siblings.filter(s => s.tagName === el.tagName).length > 1 ? `:nth-child(${siblings.indexOf(el) + 1})` : ''
    return `${el.tagName.toLowerCase()}${classes.map(name => `.${name}`).join('')}${nth}`
  }

  function path(el: Element): string {
    const parts: string[] = []
    for (let node: Element | null = el; node && node !== slide && parts.length < 3; node = node.parentElement) parts.unshift(segment(node))
    return parts.join(' > ')
  }

  /** An element inside one already reported as outside, and sticking out no further, adds nothing. */
  function coveredByAncestor(el: Element, x: number, y: number): boolean {
    for (let node = el.parentElement; node && node !== slide; node = node.parentElement) {
      const seen = outside.get(node)
      if (seen) return x <= seen.x && y <= seen.y
    }
    return false
  }

  /** The element's box, stretched over its own text, which can spill out of a box that fits (nowrap, long words). */
  function extent(el: Element): { left: number, top: number, right: number, bottom: number } {
    const r = el.getBoundingClientRect()
    const span = { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    const range = document.createRange()
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue
      range.selectNodeContents(node)
      const t = range.getBoundingClientRect()
      span.left = Math.min(span.left, t.left)
      span.top = Math.min(span.top, t.top)
      span.right = Math.max(span.right, t.right)
      span.bottom = Math.max(span.bottom, t.bottom)
    }
    return span
  }

  function checkOutside(el: Element): void {
    const r = extent(el)
    const x = (Math.max(0, box.left - r.left) + Math.max(0, r.right - box.right)) / scale
    const y = (Math.max(0, box.top - r.top) + Math.max(0, r.bottom - box.bottom)) / scale
    if (x <= NOISE && y <= NOISE) return
    if (!coveredByAncestor(el, x, y)) found.push({ element: path(el), kind: 'outside', overflowX: significant(x), overflowY: significant(y) })
    outside.set(el, { x, y })
  }

  function checkClipped(el: HTMLElement): void {
    const style = getComputedStyle(el)
    // The layout root fills the canvas, which clips whatever spills out of it.
    const isRoot = el.classList.contains('slidev-layout')
    const x = isRoot || CLIPPING.includes(style.overflowX) ? el.scrollWidth - el.clientWidth : 0
    const y = isRoot || CLIPPING.includes(style.overflowY) ? el.scrollHeight - el.clientHeight : 0
    if (x > NOISE || y > NOISE) found.push({ element: path(el), kind: 'clipped', overflowX: significant(x), overflowY: significant(y) })
  }

  for (const el of Array.from(slide.querySelectorAll('*'))) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) continue
    checkOutside(el)
    if (el instanceof HTMLElement) checkClipped(el)
  }
  return found
}

/** Slides with at least one overflow, in order. */
export function overflowingSlides(report: OverflowReport): number[] {
  return [...new Set(report.overflows.map(o => o.slide))].sort((a, b) => a - b)
}

export function formatOverflowReport(report: OverflowReport): string {
  const lines = report.overflows.map(o => `slide ${o.slide}: ${o.element} overflows by ${o.overflowX}×${o.overflowY} px (${o.kind})`)
  lines.push(`checked ${report.slides} slides: ${overflowingSlides(report).length} overflowing`)
  return lines.join('\n')
}
