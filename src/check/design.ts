/**
 * Can the back of the room read every slide? Measures the slides of a deck laid out for print (Slidev's `/export`,
 * opened by export/exported-deck.ts) as rendered: the size of every visible text run by what it is (title, body,
 * numeral, chart, code, small print), where the text under the title sits, and the slide number each slide shows;
 * then judges them against DESIGN_FLOORS. Measuring happens in the page; judging and formatting are pure.
 */
import type { Page } from 'playwright-chromium'
import { DESIGN_FLOORS } from '../config.ts'
import { withElementPath, type elementPath } from './element-path.ts'

/**
 * What a text run is on its slide. `small`: footers, eyebrows, source lines, captions, callout labels and units,
 * speakers under quotes, the cover's byline; `other`: text in none of the known places.
 */
export type TextRole = 'title' | 'body' | 'numeralKey' | 'numeralBeside' | 'chart' | 'code' | 'small' | 'other'

/** The visible text of one element, at the size it is drawn: font size × every scale above it, in slide pixels. */
export interface TextRun {
  role: TextRole
  px: number
  element: string
}

/** One slide as measured. Positions are in slide pixels from the top of the canvas. */
export interface SlideDesign {
  slide: number
  /** From the layout's `deck-<kind>` class (`cover` for the cover); empty for a layout without one. */
  kind: string
  canvasHeight: number
  runs: TextRun[]
  /** Extent of all visible text but the title row (title, eyebrow) and the footer; absent when there is none. */
  text?: { top: number, bottom: number }
  /** The visible `[data-slide-number]`'s text; absent when the slide shows none. */
  number?: { shown: string, element: string }
}

/** One shortfall: `slide N: <measure> <value> <bound> (<element>)`. */
export interface DesignFailure {
  slide: number
  measure: string
  value: string
  bound: string
  element: string
}

export interface Smallest {
  px: number
  slide: number
  element: string
}

export interface DesignReport {
  slides: number
  failures: DesignFailure[]
  smallestBody?: Smallest
  smallestNumeral?: Smallest
}

/** The first `slides` slide boxes matched by `selector`, measured and judged. */
export async function measureDesign(page: Page, selector: string, slides: number): Promise<DesignReport> {
  return judgeDesign(await page.evaluate<SlideDesign[]>(withElementPath(measureSlides, { selector, slides })))
}

/** The floor each role is held to beyond DESIGN_FLOORS.any, which holds for all. */
const ROLE_FLOORS: Partial<Record<TextRole, number>> = {
  title: DESIGN_FLOORS.title,
  body: DESIGN_FLOORS.body,
  numeralKey: DESIGN_FLOORS.numeralKey,
  numeralBeside: DESIGN_FLOORS.numeralBeside,
}

const ROLE_NAMES: Record<TextRole, string> = {
  title: 'title',
  body: 'body',
  numeralKey: 'key numeral',
  numeralBeside: 'numeral',
  chart: 'chart text',
  code: 'code',
  small: 'small text',
  other: 'text',
}

export function judgeDesign(measured: SlideDesign[]): DesignReport {
  const failures: DesignFailure[] = []
  // Only slides our layouts draw are held to our design: a hand-written deck's default layouts are not.
  for (const slide of measured.filter(slide => slide.kind !== '')) {
    for (const run of slide.runs) {
      // One line per run: its own floor when it has one (always the higher), else the floor for any text.
      const floor = Math.max(ROLE_FLOORS[run.role] ?? 0, DESIGN_FLOORS.any)
      if (run.px < floor) failures.push({ slide: slide.slide, measure: ROLE_NAMES[run.role], value: `${run.px} px`, bound: `< ${floor} px`, element: run.element })
    }
    if (slide.kind === 'cover') continue
    const middle = middleThird(slide.canvasHeight)
    if (slide.text) {
      const centre = Math.round((slide.text.top + slide.text.bottom) / 2)
      const bound = centre < middle.top ? `< ${middle.top} px` : centre > middle.bottom ? `> ${middle.bottom} px` : undefined
      if (bound) failures.push({ slide: slide.slide, measure: 'text middle', value: `${centre} px`, bound, element: `text ${slide.text.top}–${slide.text.bottom} px` })
    }
    if (slide.number?.shown !== String(slide.slide)) {
      failures.push({
        slide: slide.slide,
        measure: 'slide number',
        value: slide.number ? JSON.stringify(slide.number.shown) : 'none',
        bound: `≠ ${slide.slide}`,
        element: slide.number?.element ?? 'no visible [data-slide-number]',
      })
    }
  }
  const runs = measured.flatMap(slide => slide.runs.map(run => ({ ...run, slide: slide.slide })))
  return {
    slides: measured.length,
    failures,
    smallestBody: smallest(runs.filter(run => run.role === 'body')),
    smallestNumeral: smallest(runs.filter(run => run.role === 'numeralKey' || run.role === 'numeralBeside')),
  }
}

/** Where the text of a content slide may centre: the middle third of the canvas. */
function middleThird(height: number): { top: number, bottom: number } {
  return { top: Math.round(height / 3), bottom: Math.round((height * 2) / 3) }
}

function smallest(runs: (TextRun & { slide: number })[]): Smallest | undefined {
  const least = runs.reduce<(TextRun & { slide: number }) | undefined>((min, run) => !min || run.px < min.px ? run : min, undefined)
  return least && { px: least.px, slide: least.slide, element: least.element }
}

export function formatDesignFailure(failure: DesignFailure): string {
  return `slide ${failure.slide}: ${failure.measure} ${failure.value} ${failure.bound} (${failure.element})`
}

export function formatDesignReport(report: DesignReport): string {
  const seen = (label: string, least?: Smallest) => least ? `${label} ${least.px} px (slide ${least.slide})` : `no ${label}`
  return [
    ...report.failures.map(formatDesignFailure),
    `checked ${report.slides} slides: ${report.failures.length} design failures; ${seen('smallest body', report.smallestBody)}, ${seen('smallest numeral', report.smallestNumeral)}`,
  ].join('\n')
}

/** Runs in the page, handed over as source with `path` (element-path.ts): nothing from outside its body. */
async function measureSlides({ selector, slides }: { selector: string, slides: number }, path: typeof elementPath): Promise<SlideDesign[]> {
  const containers = Array.from(document.querySelectorAll<HTMLElement>(selector)).slice(0, slides)
  await document.fonts.ready
  return containers.map((container, i) => measureSlide(container, i + 1))

  function measureSlide(container: HTMLElement, slide: number): SlideDesign {
    const page = container.querySelector('.slidev-page') ?? container
    const layout = container.querySelector('.slidev-layout')
    const box = container.getBoundingClientRect()
    // Slide pixels: the exporter prints at scale 1, but a transform on the page would show as box width ≠ layout width.
    const pageScale = box.width / container.offsetWidth
    const round = (px: number) => Math.round(px * 10) / 10
    const kind = layout?.classList.contains('deck-cover')
      ? 'cover'
      : Array.from(layout?.classList ?? []).map(name => /^deck-([a-z]+(?:-[a-z]+)*)$/.exec(name)?.[1]).find(name => name && name !== 'frame') ?? ''

    const runs: TextRun[] = []
    let top = Infinity
    let bottom = -Infinity
    const owners = new Set<Element>()
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !node.textContent?.trim() || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      const rect = textRect(node, el)
      if (rect.width === 0 || rect.height === 0) continue
      if (!el.closest('h1, .deck-eyebrow, .deck-footer')) {
        top = Math.min(top, rect.top)
        bottom = Math.max(bottom, rect.bottom)
      }
      if (owners.has(el)) continue
      owners.add(el)
      runs.push({ role: roleOf(el), px: round(Number.parseFloat(getComputedStyle(el).fontSize) * scaleOf(el, container)), element: path(el, page) })
    }

    // Pictures are content too: an image slide's middle is its picture's with the caption under it.
    for (const picture of Array.from(page.querySelectorAll('img'))) {
      const rect = picture.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0 || picture.closest('.deck-footer')) continue
      top = Math.min(top, rect.top)
      bottom = Math.max(bottom, rect.bottom)
    }

    const number = Array.from(page.querySelectorAll('[data-slide-number]'))
      .find(el => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    return {
      slide,
      kind,
      canvasHeight: round(box.height / pageScale),
      runs,
      text: top < bottom ? { top: Math.round((top - box.top) / pageScale), bottom: Math.round((bottom - box.top) / pageScale) } : undefined,
      number: number && { shown: number.textContent?.trim() ?? '', element: path(number, page) },
    }
  }

  /** An SVG text's box is its element's; an HTML text's is its own line boxes, not its (maybe wider) element's. */
  function textRect(node: Node, el: Element): DOMRect {
    if (el instanceof SVGElement) return el.getBoundingClientRect()
    const range = document.createRange()
    range.selectNodeContents(node)
    return range.getBoundingClientRect()
  }

  /**
   * Every scale between the element and its slide box: CSS transforms and zoom, and in an SVG its viewBox and
   * transforms (getCTM maps user units into the outermost svg's box, leaving out that svg's own CSS transform).
   * Not getBoundingClientRect ÷ offsetWidth: offsetWidth is rounded to whole pixels.
   */
  function scaleOf(el: Element, stop: Element): number {
    let scale = 1
    let node: Element | null = el
    if (el instanceof SVGGraphicsElement) {
      const ctm = el.getCTM()
      if (ctm) scale = Math.hypot(ctm.a, ctm.b)
      while (node.parentElement instanceof SVGElement) node = node.parentElement
    }
    for (; node && node !== stop; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.transform !== 'none') {
        const matrix = new DOMMatrix(style.transform)
        scale *= Math.hypot(matrix.a, matrix.b)
      }
      scale *= Number(style.zoom) || 1
    }
    return scale
  }

  function roleOf(el: Element): TextRole {
    if (el.closest('h1')) return 'title'
    if (el.closest('.deck-footer, .deck-eyebrow, .deck-cover__meta, .source-link, figcaption, .figure-callout__label, .figure-callout__unit')) return 'small'
    if (el.closest('pre')) return 'code'
    if (el.closest('svg')) return 'chart'
    if (el.closest('.figure-callout__value')) return el.closest('.figure-callout--key') ? 'numeralKey' : 'numeralBeside'
    if (el.closest('li, p, td, th, blockquote')) return 'body'
    return 'other'
  }
}
