/**
 * Does every slide fit? Measures the slides of a deck laid out for print (Slidev's `/export`, opened by
 * export/exported-deck.ts), each in its final click state at scale 1: elements that stick out of their slide's
 * box, and elements (the layout root included) that clip their content.
 */
import type { Page } from 'playwright-chromium'

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

/** The first `slides` slide boxes matched by `selector`, measured; each box holds one `.slidev-page`. */
export async function measureOverflow(page: Page, selector: string, slides: number): Promise<OverflowReport> {
  return { slides, overflows: await page.evaluate(measureSlides, { selector, slides }) }
}

/** Runs in the page. Self-contained, nested functions included, as Playwright sends only its source. */
async function measureSlides({ selector, slides }: { selector: string, slides: number }): Promise<Overflow[]> {
  const NOISE = 1
  const CLIPPING = ['hidden', 'auto', 'scroll', 'clip']
  const containers = Array.from(document.querySelectorAll<HTMLElement>(selector)).slice(0, slides)
  await document.fonts.ready
  await Promise.all(containers.flatMap(container => Array.from(container.querySelectorAll('img')).map(img => img.decode().catch(() => undefined))))
  return containers.flatMap((container, i) => measureSlide(container).map(overflow => ({ slide: i + 1, ...overflow })))

  /** One slide against its box: `container` is the slide's page-sized box, which holds its `.slidev-page`. */
  function measureSlide(container: HTMLElement): Omit<Overflow, 'slide'>[] {
    const slide = container.querySelector('.slidev-page') ?? container
    const box = container.getBoundingClientRect()
    // Slide pixels: the exporter prints at scale 1, but a transform would show as box width ≠ layout width.
    const scale = box.width / container.offsetWidth
    const found: Omit<Overflow, 'slide'>[] = []
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
