/**
 * The handout as one self-contained HTML page: each slide above its speaker notes, two slides to an A4 page,
 * printed by Chromium. Where a slide goes, the page holds an empty box of the slide's shape wrapped in a link;
 * Chromium prints the link as an annotation with the box's page and rectangle, and the deck PDF's page is drawn
 * there afterwards (print.ts). Notes are article text, so every string goes through `escapeHtml`.
 */
import { FONTS, LABELS } from '../config.ts'
import { escapeHtml, safeUrl } from '../escape.ts'
import type { DeckPlan, Locale, SlidePlan } from '../types.ts'

/** Chromium's page margins; the header and footer templates are drawn inside them. */
export const HANDOUT_MARGIN = { top: '16mm', bottom: '16mm', left: '16mm', right: '16mm' }

/** Inline style of the header and footer text: templates see none of the page's CSS. */
function marginText(locale: Locale): string {
  return `width: 100%; padding: 0 16mm; font-size: 8pt; color: #6b7280; font-family: ${FONTS.sans[locale].replace(/"/g, '&quot;')};`
}

/** How wide a slide is drawn: 80% of the 178 mm between the margins keeps two slides and their notes on a page. */
export const SLOT_WIDTH_MM = 142
const SLOT_BORDER_MM = 0.3

/** Where the slides go: slot i links to `href(i)`; the box has the printed slide's shape. */
export interface SlideSlots {
  href(index: number): string
  /** Width ÷ height of a printed slide. */
  aspectRatio: number
}

function css(slots: SlideSlots, locale: Locale): string {
  return `
* { box-sizing: border-box; }
body { margin: 0; font: 10.5pt/1.6 ${FONTS.sans[locale]}; color: #1f2937; }
header { margin-bottom: 6mm; }
h1 { font-size: 16pt; line-height: 1.3; margin: 0 0 2mm; }
.source { font-size: 9pt; color: #4b5563; word-break: break-all; }
.slide { width: ${SLOT_WIDTH_MM + 2 * SLOT_BORDER_MM}mm; margin: 0 auto 6mm; }
/* Every odd slide opens a page: at most two slides share one, and a long note never drags the next slide up. */
.slide:nth-of-type(2n+1):not(:first-of-type) { break-before: page; }
figure { margin: 0; break-inside: avoid; }
/* Content-box sizing: the slide is drawn exactly over the box inside the border. */
.slot { display: block; box-sizing: content-box; width: ${SLOT_WIDTH_MM}mm; aspect-ratio: ${slots.aspectRatio}; border: ${SLOT_BORDER_MM}mm solid #d1d5db; }
figcaption { margin: 1mm 0 2mm; font-size: 9pt; color: #6b7280; }
.notes p { margin: 0 0 2mm; white-space: pre-wrap; }
`
}

/** The whole handout page, with an empty slot for each slide's picture. */
export function handoutHtml(plan: DeckPlan, slots: SlideSlots): string {
  const slides = plan.slides.map((slide, i) => slideHtml(slide, i, slots.href(i)))
  return `<!doctype html>
<html lang="${plan.locale}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(plan.title)}</title>
<style>${css(slots, plan.locale)}</style>
</head>
<body>
${coverHtml(plan)}
${slides.join('\n')}
</body>
</html>
`
}

function coverHtml(plan: DeckPlan): string {
  const source = plan.slides[0]?.kind === 'cover' ? plan.slides[0].source : undefined
  const href = source && safeUrl(source.url)
  const link = href ? `<p class="source">${escapeHtml(LABELS[plan.locale].source)}: <a href="${escapeHtml(href)}">${escapeHtml(href)}</a></p>` : ''
  return `<header><h1>${escapeHtml(plan.title)}</h1>${link}</header>`
}

function slideHtml(slide: SlidePlan, index: number, slotHref: string): string {
  const notes = slide.notes.map(paragraph => `<p>${escapeHtml(paragraph)}</p>`).join('')
  return `<section class="slide">
<figure><a class="slot" href="${escapeHtml(slotHref)}"></a><figcaption>${index + 1}. ${escapeHtml(slide.title)}</figcaption></figure>
<div class="notes">${notes}</div>
</section>`
}

/** Chromium's header template: the article title on every page. */
export function handoutHeader(plan: DeckPlan): string {
  return `<div style="${marginText(plan.locale)}">${escapeHtml(plan.title)}</div>`
}

/** Chromium's footer template: `3 / 9`, filled in by the print engine. */
export function handoutFooter(plan: DeckPlan): string {
  return `<div style="${marginText(plan.locale)} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`
}
